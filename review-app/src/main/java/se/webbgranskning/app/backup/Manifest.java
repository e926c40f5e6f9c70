package se.webbgranskning.app.backup;

import java.util.List;

/**
 * {@code manifest.json}, written last into a backup: what it holds and how to check it. Every other file of the
 * backup is listed with its size and SHA-256, so a restore can refuse a damaged or incomplete backup before it
 * writes anything; the tables are listed in the order they are loaded (foreign keys first) with their row counts.
 *
 * @param format        always {@link #FORMAT}
 * @param formatVersion {@link #FORMAT_VERSION}; a later layout gets a new number
 * @param createdAt     when the database snapshot was taken (ISO-8601, UTC)
 * @param schemaVersion the Flyway version of the database schema the dump was read from
 * @param database      the source database's product and version
 * @param dataDirectory the data directory that was backed up
 */
public record Manifest(String format, int formatVersion, String createdAt, String schemaVersion, String database,
        String dataDirectory, List<Table> tables, List<BackupFile> files) {

    public static final String FILE_NAME = "manifest.json";
    public static final String FORMAT = "webbgranskning-backup";
    public static final int FORMAT_VERSION = 1;
    /** The folder of the table dumps inside a backup. */
    public static final String DATABASE_FOLDER = "database";
    /** The folder of the WARC files inside a backup, laid out as under the data directory's {@code warc/}. */
    public static final String WARC_FOLDER = "warc";

    public Manifest {
        tables = List.copyOf(tables);
        files = List.copyOf(files);
    }

    /** A table's dump file (relative to the backup) and its number of rows. */
    public record Table(String name, String file, long rows) {
    }

    /** A file of the backup, its path relative to the backup with '/' separators, size and SHA-256 (hex). */
    public record BackupFile(String path, long bytes, String sha256) {
    }

    public long totalRows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }

    public List<BackupFile> warcFiles() {
        return files.stream().filter(f -> f.path().startsWith(WARC_FOLDER + "/")).toList();
    }
}
