package se.webbgranskning.app.preview;

import java.nio.file.Path;

import org.jdbi.v3.core.Jdbi;

import se.webbgranskning.app.db.Database;
import se.webbgranskning.app.db.DatabaseSettings;

/**
 * Where previews keep their crawls: a data directory of their own ({@code <data>/forhandsgranskning}, with its own
 * embedded database and WARC files), so that a municipality's self-service crawl never mixes with the official
 * snapshots — not in the admin's lists of crawl rounds, nor as the earlier capture a later round's revisit
 * record points at. Always the embedded H2 file, also when the app's own database is a PostgreSQL server: previews
 * are the municipality's scratch work, not review data. Opened on first use.
 */
final class PreviewStore {

    static final String DIRECTORY = "forhandsgranskning";

    private final Path directory;
    private Jdbi jdbi;

    PreviewStore(Path dataDirectory) {
        this.directory = dataDirectory.resolve(DIRECTORY);
    }

    Path directory() {
        return directory;
    }

    synchronized Jdbi jdbi() {
        if (jdbi == null) {
            jdbi = Database.open(DatabaseSettings.embedded(directory));
        }
        return jdbi;
    }
}
