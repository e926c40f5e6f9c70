package se.webbgranskning.app.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;


import se.webbgranskning.app.cli.CliFailure;
import se.webbgranskning.app.db.Database;
import se.webbgranskning.app.db.DatabasePool;
import se.webbgranskning.app.db.DatabaseSettings;
import se.webbgranskning.app.db.Storage;
import se.webbgranskning.app.db.transfer.DatabaseTarget;
import se.webbgranskning.app.db.transfer.DumpReader;
import se.webbgranskning.app.db.transfer.SchemaMigrations;
import se.webbgranskning.app.db.transfer.TableCount;
import se.webbgranskning.app.db.transfer.TableTransfer;

/**
 * Restores a backup into a new data directory: checks the whole backup against its manifest first, creates a
 * database migrated to the backup's schema version, loads the tables, copies the WARC files (checking each
 * digest again as it is copied), and finally migrates the database to this program's schema. Nothing is written
 * unless the backup is intact, and a restore that fails half-way removes what it wrote.
 */
public final class Restore {

    /** What was restored. */
    public record Result(Manifest manifest, List<TableCount> tables) {
    }

    /** Into {@code target}'s data directory and database (the embedded one, or an empty PostgreSQL schema). */
    public Result run(Path backup, Storage target) {
        Path dataDirectory = target.dataDirectory();
        Manifest manifest = ManifestFile.read(backup);
        BackupDirectories.requireNewOrEmpty(dataDirectory, "Datakatalogen");
        try {
            BackupCheck.requireIntact(backup, manifest);
            List<TableCount> tables = loadDatabase(backup, manifest, target.database());
            copyWarcFiles(backup, manifest, dataDirectory);
            return new Result(manifest, tables);
        } catch (RuntimeException e) {
            BackupDirectories.emptyAgain(dataDirectory);
            throw e;
        } catch (IOException | SQLException e) {
            BackupDirectories.emptyAgain(dataDirectory);
            throw CliFailure.failure("Återställningen misslyckades och det som hade skrivits i " + dataDirectory
                    + " är borttaget: " + e.getMessage(), e);
        }
    }

    private static List<TableCount> loadDatabase(Path backup, Manifest manifest, DatabaseSettings database)
            throws SQLException {
        try (DatabasePool databasePool = Database.pool(database)) {
            DataSource pool = databasePool.dataSource();
            SchemaMigrations.migrateTo(pool, manifest.schemaVersion());
            List<TableCount> loaded;
            try (Connection connection = pool.getConnection()) {
                DumpReader dump = new DumpReader(backup.resolve(Manifest.DATABASE_FOLDER),
                        manifest.tables().stream().map(Manifest.Table::name).toList());
                loaded = TableTransfer.copy(dump, new DatabaseTarget(connection));
            }
            for (Manifest.Table table : manifest.tables()) {
                long rows = loaded.stream().filter(t -> t.table().equals(table.name())).mapToLong(TableCount::rows)
                        .sum();
                if (rows != table.rows()) {
                    throw CliFailure.failure("Tabellen " + table.name() + " gav " + rows + " rader, manifestet säger "
                            + table.rows() + ". Säkerhetskopian återställs inte.");
                }
            }
            SchemaMigrations.migrateToCurrent(pool);
            return loaded;
        }
    }

    private static void copyWarcFiles(Path backup, Manifest manifest, Path dataDirectory) throws IOException {
        Path warcRoot = dataDirectory.resolve("warc");
        for (Manifest.BackupFile file : manifest.warcFiles()) {
            Path source = BackupCheck.resolve(backup, file.path());
            Path target = warcRoot.resolve(file.path().substring(Manifest.WARC_FOLDER.length() + 1)).normalize();
            if (!target.startsWith(warcRoot)) {
                throw CliFailure.failure("Manifestet nämner WARC-filen " + file.path() + ", som inte ligger under "
                        + Manifest.WARC_FOLDER + "/. Säkerhetskopian återställs inte.");
            }
            Files.createDirectories(target.getParent());
            MessageDigest digest = Sha256.newDigest();
            try (InputStream in = Files.newInputStream(source);
                    OutputStream out = new DigestOutputStream(Files.newOutputStream(target,
                            StandardOpenOption.CREATE_NEW), digest)) {
                in.transferTo(out);
            }
            if (!HexFormat.of().formatHex(digest.digest()).equals(file.sha256())) {
                throw CliFailure.failure(file.path() + " ändrades under återställningen: filens SHA-256 stämmer inte"
                        + " längre med manifestet.");
            }
        }
    }
}
