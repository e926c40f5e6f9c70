package se.webbgranskning.app.db.transfer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import se.webbgranskning.app.cli.CliFailure;

/**
 * One database copied into another, e.g. an embedded installation moved to PostgreSQL: the target is migrated to
 * the source's schema version, every table is copied in one snapshot of the source (the same engine as backup and
 * restore), identity counters move past the copied ids, and the target is then migrated to this program's schema.
 * A target that already holds rows is refused.
 */
public final class DatabaseCopy {

    private DatabaseCopy() {
    }

    public static List<TableCount> copy(DataSource from, DataSource to) {
        try (DatabaseSource source = DatabaseSource.open(from)) {
            String version = source.schemaVersion().orElseThrow(() -> CliFailure.failure(
                    "Källdatabasen har ingen Flyway-historik; den är ingen Webbgranskning-databas."));
            SchemaMigrations.migrateTo(to, version);
            List<TableCount> copied;
            try (Connection connection = to.getConnection()) {
                copied = TableTransfer.copy(source, new DatabaseTarget(connection));
            }
            SchemaMigrations.migrateToCurrent(to);
            return copied;
        } catch (SQLException e) {
            throw CliFailure.failure("Kopieringen misslyckades: " + e.getMessage(), e);
        }
    }
}
