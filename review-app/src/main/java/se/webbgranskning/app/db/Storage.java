package se.webbgranskning.app.db;

import java.nio.file.Path;

/**
 * Where a command keeps its data: the data directory (WARC files, crawl state, and by default the embedded
 * database) and the database, which may also be a PostgreSQL server.
 */
public record Storage(Path dataDirectory, DatabaseSettings database) {

    public Storage {
        dataDirectory = dataDirectory.toAbsolutePath().normalize();
    }

    /** A data directory with its embedded H2 database. */
    public static Storage embedded(Path dataDirectory) {
        return new Storage(dataDirectory, DatabaseSettings.embedded(dataDirectory));
    }
}
