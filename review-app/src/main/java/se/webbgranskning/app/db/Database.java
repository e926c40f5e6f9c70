package se.webbgranskning.app.db;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

import se.webbgranskning.app.cli.CliFailure;

/**
 * Opens the database and migrates it with Flyway at every open, so that a database written by an older version
 * is brought up to date. The embedded default is an H2 file {@code webbgranskning.mv.db} in the data directory;
 * a PostgreSQL server gets the same migrations and the same queries, through a HikariCP pool.
 */
public final class Database {

    private Database() {
    }

    /** Opens (creating if needed) the database, migrated to the current schema. */
    public static Jdbi open(DatabaseSettings settings) {
        DataSource dataSource = settings.isPostgreSql() ? postgreSql(settings) : h2(settings);
        migrate(dataSource, settings);
        return Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    }

    /**
     * A pool to the database without migrating it, for copying it whole (backup, restore, {@code db copy}): the
     * copy brings a target to the source's schema version itself.
     */
    public static DatabasePool pool(DatabaseSettings settings) {
        return new DatabasePool(settings.isPostgreSql() ? postgreSql(settings) : h2(settings));
    }

    /**
     * The database if one has been created: the embedded file exists, or the server's schema has been migrated
     * before. Reading commands never create one.
     */
    public static Optional<Jdbi> openIfExists(DatabaseSettings settings) {
        if (settings.embedded()) {
            return Files.exists(EmbeddedH2.databaseFile(settings.dataDirectory()))
                    ? Optional.of(open(settings))
                    : Optional.empty();
        }
        if (settings.isPostgreSql()) {
            HikariDataSource dataSource = postgreSql(settings);
            if (!Jdbi.create(dataSource).withHandle(handle -> handle.createQuery("""
                    SELECT COUNT(*) FROM information_schema.tables
                    WHERE table_schema = current_schema() AND table_name = 'flyway_schema_history'""")
                    .mapTo(Integer.class).one() > 0)) {
                dataSource.close();
                return Optional.empty();
            }
            migrate(dataSource, settings);
            return Optional.of(Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin()));
        }
        return Optional.of(open(settings));
    }

    private static HikariDataSource h2(DatabaseSettings settings) {
        if (settings.embedded()) {
            try {
                Files.createDirectories(settings.dataDirectory());
            } catch (IOException e) {
                throw CliFailure.failure("Datakatalogen " + settings.dataDirectory() + " kunde inte skapas: "
                        + e.getMessage(), e);
            }
        }
        String url = settings.embedded() ? EmbeddedH2.url(settings.dataDirectory())
                : settings.url() + ";QUERY_CACHE_SIZE=64" + EmbeddedH2.DURABLE_COMMITS;
        // HikariCP, not H2's own JdbcConnectionPool: that one rolls every connection back when it is handed out,
        // and a rollback empties H2's per-connection cache of parsed statements, so every statement was parsed
        // again (13 % of the server's CPU under bench/soak.sh).
        HikariConfig config = new HikariConfig();
        config.setPoolName("webbgranskning-h2");
        config.setJdbcUrl(url);
        config.setUsername(settings.user().isEmpty() ? "sa" : settings.user());
        config.setPassword(settings.password());
        // Many at once for a crawl's parallel sites; one kept open, because H2 closes the file database with its
        // last connection and would reopen it for the next statement.
        config.setMaximumPoolSize(64);
        config.setMinimumIdle(1);
        // Kept for good (HikariCP retires connections after 30 min by default): retiring the last one could close
        // the database file between the old connection's close and the new one's open.
        config.setMaxLifetime(0);
        config.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
        return start(config, failure -> settings.embedded()
                ? DatabaseOpenFailure.message(settings.dataDirectory(), failure)
                : "Databasen " + settings.location() + " kunde inte öppnas: " + cause(failure).getMessage());
    }

    private static HikariDataSource postgreSql(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("webbgranskning-db");
        config.setJdbcUrl(settings.url());
        if (!settings.user().isEmpty()) {
            config.setUsername(settings.user());
        }
        if (!settings.password().isEmpty()) {
            config.setPassword(settings.password());
        }
        config.setMaximumPoolSize(settings.poolSize());
        // Idle connections are given back to the server after a while: a command-line run or a quiet app
        // should not hold server connections it does not use.
        config.setMinimumIdle(0);
        config.setIdleTimeout(Duration.ofSeconds(30).toMillis());
        config.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
        return start(config, failure -> "Databasen " + settings.location() + " kunde inte nås: "
                + cause(failure).getMessage()
                + "\nKontrollera db.url, db.user och db.password (se README, Konfiguration).");
    }

    /** Starts a pool, which opens its first connection at once; a failure to do so is told as {@code message} says. */
    private static HikariDataSource start(HikariConfig config,
                                          Function<HikariPool.PoolInitializationException, String> message) {
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw CliFailure.failure(message.apply(e), e);
        }
    }

    /** What made the pool's first connection fail: the driver's exception, which HikariCP wraps. */
    private static Throwable cause(HikariPool.PoolInitializationException failure) {
        return failure.getCause() == null ? failure : failure.getCause();
    }

    private static void migrate(DataSource dataSource, DatabaseSettings settings) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            if (settings.embedded()) {
                throw CliFailure.failure(DatabaseOpenFailure.message(settings.dataDirectory(), e), e);
            }
            throw CliFailure.failure("Databasen " + settings.location() + " kunde inte öppnas eller uppdateras: "
                    + e.getMessage(), e);
        }
    }
}
