package se.webbgranskning.app.db.transfer;

import java.util.Arrays;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import se.webbgranskning.app.cli.CliFailure;

/**
 * Flyway over the application's migrations, for a copy into a new database: the target is first migrated only as
 * far as the source's schema version ({@link DatabaseSource#schemaVersion()} or a backup's manifest), so that the
 * copied tables fit it exactly, and after loading the rest of the way, as opening a data directory written by an
 * older version always does.
 */
public final class SchemaMigrations {

    private static final String LOCATIONS = "classpath:db/migration";

    private SchemaMigrations() {
    }

    public static void migrateTo(DataSource dataSource, String version) {
        MigrationVersion wanted = MigrationVersion.fromVersion(version);
        boolean known = Arrays.stream(configure(dataSource).load().info().all())
                .anyMatch(migration -> wanted.equals(migration.getVersion()));
        if (!known) {
            throw CliFailure.failure("Källan har databasschemats version " + version + ", som detta program"
                    + " inte känner till. Använd den version av Webbgranskning som skrev den, eller en senare.");
        }
        migrate(configure(dataSource).target(wanted).load());
    }

    public static void migrateToCurrent(DataSource dataSource) {
        migrate(configure(dataSource).load());
    }

    private static FluentConfiguration configure(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations(LOCATIONS);
    }

    private static void migrate(Flyway flyway) {
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw CliFailure.failure("Den nya databasen kunde inte skapas: " + e.getMessage(), e);
        }
    }
}
