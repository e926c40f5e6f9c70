package se.webbgranskning.app.db;

import java.nio.file.Path;

import org.h2.engine.SysProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDBC URL of a data directory's H2 file database, opened in H2's automatic mixed mode ({@code AUTO_SERVER}).
 *
 * <p>Why mixed mode: H2 in file mode lets one process open the file. {@code serve} keeps it open for as long as it
 * runs, so without mixed mode {@code backup} (and {@code crawl}, {@code users} …) could not read the database of
 * a running app at all, and copying the {@code .mv.db} file under a live writer is not a consistent copy. In mixed
 * mode the first process opens the file embedded (its own statements never touch the network) and starts a small
 * TCP server; a later process finds its address in {@code webbgranskning.lock.db} and connects through it, so
 * both see one database with its transactions, and {@code backup} can read it in one snapshot transaction. When
 * the first process ends, the others reconnect and one of them opens the file.
 *
 * <p>Security: H2 starts that server with {@code -tcpAllowOthers}, which would listen on every interface. The
 * system property {@code h2.bindAddress=127.0.0.1}, set here before any other H2 class reads it, binds it to the
 * loopback address instead (H2 reads it once, when its {@code SysProperties} class is loaded). The server accepts
 * only clients that present the random key H2 writes into the lock file next to the database, so connecting
 * needs read access to the data directory, which already gives the whole database file; keep the directory
 * readable by its owner only ({@code chmod 700}). Should H2 have been loaded with another bind address (another
 * library or a {@code -D} flag), the database is opened without mixed mode: a second program is then refused as
 * before, which is safe, rather than exposing the database on the network.
 *
 * <p>Cost for the serving process: one idle accept thread, and a TCP round trip only for the statements of the
 * other process.
 */
public final class EmbeddedH2 {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedH2.class);
    private static final String LOOPBACK = "127.0.0.1";
    private static final boolean MIXED_MODE;

    static {
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", LOOPBACK);
        }
        MIXED_MODE = LOOPBACK.equals(SysProperties.BIND_ADDRESS);
        if (!MIXED_MODE) {
            LOG.warn("H2 binds its servers to {} instead of {}: the database is opened by one program at a time",
                    SysProperties.BIND_ADDRESS, LOOPBACK);
        }
    }

    /** The database file's name in the data directory, without H2's {@code .mv.db}. */
    public static final String FILE_NAME = "webbgranskning";

    /**
     * H2 keeps committed changes in memory and writes them to the file up to 500 ms later by default, so a
     * process killed right after acknowledging a save lost it (CrashDurabilityIT showed it). With a write delay
     * of 0 every commit is written to the file before the commit returns, and so survives SIGKILL; whether it
     * survives a power failure depends on the operating system flushing its cache.
     */
    static final String DURABLE_COMMITS = ";WRITE_DELAY=0";

    private EmbeddedH2() {
    }

    /** The URL of the data directory's database, shared with other processes on this machine when safe. */
    public static String url(Path dataDirectory) {
        return "jdbc:h2:file:" + dataDirectory.resolve(FILE_NAME) + ";QUERY_CACHE_SIZE=64" + DURABLE_COMMITS
                + (MIXED_MODE ? ";AUTO_SERVER=TRUE" : "");
    }

    /** Whether other processes can use a database this process has open (see the class comment). */
    public static boolean sharedWithOtherProcesses() {
        return MIXED_MODE;
    }

    /** The database file of a data directory, present once the database has been created. */
    public static Path databaseFile(Path dataDirectory) {
        return dataDirectory.resolve(FILE_NAME + ".mv.db");
    }
}
