package se.webbgranskning.crawl.run;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Direct access to crawler4j's HSQLDB frontier file of one municipality, for the two things crawler4j does not do:
 * put URLs that were in flight when a process died back in the queue (it only ever hands out SCHEDULED ones),
 * and shut the file database down when the site is done (HSQLDB keeps it open in the JVM otherwise, and a round
 * opens 290 of them).
 */
final class FrontierFiles {

    private final String url;

    FrontierFiles(Path stateDir) {
        this.url = "jdbc:hsqldb:file:" + stateDir + "/frontier;sql.syntax_pgs=true";
    }

    void requeueInterrupted() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE weburl SET status = 'SCHEDULED' WHERE status = 'IN_PROCESS'");
        }
    }

    void shutdown() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }
}
