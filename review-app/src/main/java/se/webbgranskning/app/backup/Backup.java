package se.webbgranskning.app.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import se.webbgranskning.app.cli.CliFailure;
import se.webbgranskning.app.db.Database;
import se.webbgranskning.app.db.DatabasePool;
import se.webbgranskning.app.db.EmbeddedH2;
import se.webbgranskning.app.db.Storage;
import se.webbgranskning.app.db.transfer.DatabaseSource;
import se.webbgranskning.app.db.transfer.DumpWriter;
import se.webbgranskning.app.db.transfer.TableCount;
import se.webbgranskning.app.db.transfer.TableDump;
import se.webbgranskning.app.db.transfer.TableTransfer;

/**
 * Writes a consistent backup of a data directory, also while the app or a crawl uses it: the database is read in
 * one snapshot transaction (through the running app's H2 server when it has the database open, see
 * {@link EmbeddedH2}), the WARC files' sizes are measured once that snapshot has begun, and each WARC file is
 * copied up to that size, cut back to its last whole record ({@link WarcCopy}). The backup therefore holds the
 * database as of one moment and at least every WARC record that moment's page index points at. The manifest is
 * written last.
 */
public final class Backup {

    private final Clock clock;
    private final Runnable afterSizesMeasured;

    public Backup(Clock clock) {
        this(clock, () -> { });
    }

    /** @param afterSizesMeasured runs once the snapshot has begun and the WARC sizes are measured (for tests) */
    Backup(Clock clock, Runnable afterSizesMeasured) {
        this.clock = clock;
        this.afterSizesMeasured = afterSizesMeasured;
    }

    public Manifest write(Storage storage, Path target) {
        Path dataDirectory = storage.dataDirectory();
        if (storage.database().embedded() && !Files.exists(EmbeddedH2.databaseFile(dataDirectory))) {
            throw CliFailure.failure("Det finns ingen databas i " + dataDirectory + ": ange datakatalogen med --data.");
        }
        BackupDirectories.requireNewOrEmpty(target, "Målkatalogen");
        try {
            return writeInto(storage, target);
        } catch (RuntimeException e) {
            BackupDirectories.emptyAgain(target);
            throw e;
        } catch (IOException | SQLException e) {
            BackupDirectories.emptyAgain(target);
            throw CliFailure.failure("Säkerhetskopieringen misslyckades och det som hade skrivits i " + target
                    + " är borttaget: " + e.getMessage(), e);
        }
    }

    private Manifest writeInto(Storage storage, Path target) throws IOException, SQLException {
        Path dataDirectory = storage.dataDirectory();
        Path warcRoot = dataDirectory.resolve("warc");
        Path dumps = Files.createDirectories(target.resolve(Manifest.DATABASE_FOLDER));
        Instant snapshotTime;
        String schemaVersion;
        String database;
        List<TableCount> counts;
        Map<String, Long> sizes = new LinkedHashMap<>();
        Map<String, Long> indexedEnds;
        try (DatabasePool pool = Database.pool(storage.database());
             DatabaseSource snapshot = DatabaseSource.open(pool.dataSource())) {
            snapshotTime = clock.instant();
            for (String file : BackupDirectories.filesUnder(warcRoot)) {
                sizes.put(file, Files.size(warcRoot.resolve(file)));
            }
            afterSizesMeasured.run();
            schemaVersion = snapshot.schemaVersion().orElseThrow(() -> CliFailure.failure(
                    "Databasen i " + dataDirectory + " har ingen Flyway-historik och kan inte säkerhetskopieras."));
            Connection connection = snapshot.connection();
            database = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
            indexedEnds = indexedEnds(connection);
            counts = TableTransfer.copy(snapshot, new DumpWriter(dumps));
        }
        for (Map.Entry<String, Long> file : sizes.entrySet()) {
            try {
                WarcCopy.copy(warcRoot.resolve(file.getKey()),
                        target.resolve(Manifest.WARC_FOLDER).resolve(file.getKey()), file.getValue(),
                        indexedEnds.getOrDefault(file.getKey(), 0L));
            } catch (IOException e) {
                throw new IOException("WARC-filen " + file.getKey() + ": " + e.getMessage(), e);
            }
        }
        List<Manifest.Table> tables = counts.stream()
                .map(c -> new Manifest.Table(c.table(), Manifest.DATABASE_FOLDER + "/" + TableDump.fileName(c.table()),
                        c.rows()))
                .toList();
        List<Manifest.BackupFile> files = new ArrayList<>();
        for (String file : BackupDirectories.filesUnder(target)) {
            Path path = target.resolve(file);
            files.add(new Manifest.BackupFile(file, Files.size(path), Sha256.of(path)));
        }
        Manifest manifest = new Manifest(Manifest.FORMAT, Manifest.FORMAT_VERSION, snapshotTime.toString(),
                schemaVersion, database, dataDirectory.toString(), tables, files);
        ManifestFile.write(target, manifest);
        return manifest;
    }

    /** Per WARC file, where the last record that the snapshot's page index points at ends. */
    private static Map<String, Long> indexedEnds(Connection connection) throws SQLException {
        Map<String, Long> ends = new HashMap<>();
        String sql = "SELECT warc_file, MAX(warc_offset + warc_length) FROM crawl_page WHERE warc_file IS NOT NULL"
                + " GROUP BY warc_file UNION ALL SELECT payload_warc_file, MAX(payload_warc_offset + payload_warc_length)"
                + " FROM crawl_page WHERE payload_warc_file IS NOT NULL GROUP BY payload_warc_file";
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                ends.merge(rs.getString(1), rs.getLong(2), Math::max);
            }
        }
        return ends;
    }
}
