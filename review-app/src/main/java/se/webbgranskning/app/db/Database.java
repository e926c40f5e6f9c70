package se.webbgranskning.app.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

import se.webbgranskning.app.cli.CliFailure;

/**
 * The embedded database: an H2 file {@code webbgranskning.mv.db} in the data directory, migrated by Flyway
 * at every open so that a data directory written by an older version is brought up to date.
 */
public final class Database {

    private Database() {
    }

    /** Opens (creating if needed) the database of a data directory, migrated to the current schema. */
    public static Jdbi open(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw CliFailure.failure("Datakatalogen " + dataDirectory + " kunde inte skapas: " + e.getMessage(), e);
        }
        // A pool keeps the file database open between statements; without one H2 closes and reopens the file
        // for every statement a crawl writes.
        JdbcConnectionPool dataSource = JdbcConnectionPool.create(
                EmbeddedH2.url(dataDirectory), "sa", "");
        dataSource.setMaxConnections(64);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw CliFailure.failure(DatabaseOpenFailure.message(dataDirectory, e), e);
        }
        return Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    }

    /** The database of a data directory if one has been created there; reading commands never create one. */
    public static Optional<Jdbi> openIfExists(Path dataDirectory) {
        return Files.exists(EmbeddedH2.databaseFile(dataDirectory))
                ? Optional.of(open(dataDirectory))
                : Optional.empty();
    }
}
