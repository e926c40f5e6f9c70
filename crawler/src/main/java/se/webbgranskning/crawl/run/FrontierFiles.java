package se.webbgranskning.crawl.run;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import de.hshn.mi.crawler4j.frontier.HSQLDBFrontierConfiguration;

/**
 * Direct access to crawler4j's HSQLDB frontier file of one municipality, for the two things crawler4j does not do:
 * put URLs that were in flight when a process died back in the queue (it only ever hands out SCHEDULED ones),
 * and shut the file database down when the site is done (HSQLDB keeps it open in the JVM otherwise, and a round
 * opens 290 of them).
 */
final class FrontierFiles {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FrontierFiles.class);
    /** crawler4j's monitor notices a shutdown within seconds (its 1 s tick plus its 1 s shutdown delay). */
    private static final java.time.Duration CLEANUP_LIMIT = java.time.Duration.ofSeconds(120);

    private final String url;

    FrontierFiles(Path stateDir) {
        this.url = "jdbc:hsqldb:file:" + stateDir + "/frontier;sql.syntax_pgs=true";
    }

    void requeueInterrupted() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE weburl SET status = 'SCHEDULED' WHERE status = 'IN_PROCESS'");
        }
    }

    /**
     * Closes the frontier's pool and shuts the file database down now; for when the worker has ended, so nothing
     * uses them any more (crawler4j's monitor, once it notices, touches neither: its closing calls do nothing
     * for this frontier or repeat what is done here).
     */
    void shutdownNow(HSQLDBFrontierConfiguration frontier) {
        try {
            frontier.close();
            // ifexists: never create a fresh database where a finished one was removed meanwhile
            try (Connection c = DriverManager.getConnection(url + ";ifexists=true", "sa", "");
                 Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debug("Frontier {} stängdes redan: {}", url, e.toString());
        }
    }

    /**
     * Once crawler4j's monitor has noticed the shutdown and closed the frontier (within a few seconds, at most two
     * minutes), closes the frontier's pool if it is still open and shuts the file database down, on a daemon
     * thread so the next municipality need not wait.
     */
    void shutdownAfter(HSQLDBFrontierConfiguration frontier, java.util.function.BooleanSupplier monitorDone) {
        Thread cleanup = new Thread(() -> {
            try {
                long giveUp = System.nanoTime() + CLEANUP_LIMIT.toNanos();
                while (!monitorDone.getAsBoolean() && System.nanoTime() < giveUp) {
                    Thread.sleep(200);
                }
                shutdownNow(frontier);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "frontier-cleanup");
        cleanup.setDaemon(true);
        cleanup.start();
    }
}
