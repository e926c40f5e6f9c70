package se.webbgranskning.app.backup;

import java.util.Arrays;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import se.webbgranskning.app.cli.CliFailure;

/**
 * Flyway over the application's migrations, for a restore: the new database is first migrated only as far as the
 * backup's schema version, so that the dumped tables fit it exactly, and after loading the rest of the way, as
 * opening a data directory written by an older version always does.
 */
final class SchemaMigrations {

    private static final String LOCATIONS = "classpath:db/migration";

    private SchemaMigrations() {
    }

    static void migrateTo(DataSource dataSource, String version) {
        MigrationVersion wanted = MigrationVersion.fromVersion(version);
        boolean known = Arrays.stream(configure(dataSource).load().info().all())
                .anyMatch(migration -> wanted.equals(migration.getVersion()));
        if (!known) {
            throw CliFailure.failure("Säkerhetskopian har databasschemats version " + version + ", som detta program"
                    + " inte känner till. Återställ den med den version av Webbgranskning som skrev den, eller en"
                    + " senare.");
        }
        migrate(configure(dataSource).target(wanted).load());
    }

    static void migrateToCurrent(DataSource dataSource) {
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
