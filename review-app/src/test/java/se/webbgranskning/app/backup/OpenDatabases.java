package se.webbgranskning.app.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import se.webbgranskning.app.db.EmbeddedH2;

/**
 * Closes the databases a test opened in this JVM (commands keep theirs open until the JVM ends), so that H2's
 * lock-file watchdog does not write into a temporary directory while JUnit deletes it.
 */
final class OpenDatabases {

    private OpenDatabases() {
    }

    static void shutDown(Path... dataDirectories) throws SQLException {
        for (Path directory : dataDirectories) {
            if (Files.exists(EmbeddedH2.databaseFile(directory))) {
                try (Connection connection = DriverManager.getConnection(EmbeddedH2.url(directory), "sa", "");
                        Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN");
                }
            }
        }
    }
}
