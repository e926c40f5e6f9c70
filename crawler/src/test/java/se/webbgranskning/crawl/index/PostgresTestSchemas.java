package se.webbgranskning.crawl.index;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server of the test run against PostgreSQL (Maven profile {@code postgresql}: system property
 * {@value #PROPERTY} holds its JDBC URL; tests that start the packaged jar, which failsafe runs without the
 * property, read {@code WEBBGRANSKNING_TEST_PG_URL}; {@code WEBBGRANSKNING_TEST_PG_USER} and
 * {@code WEBBGRANSKNING_TEST_PG_PASSWORD} hold the login), and fresh schemas on it: one per test database, so that
 * tests stay as independent as with one H2 file each, all dropped when the JVM ends. Shared by the crawler's and
 * the review app's tests.
 */
public final class PostgresTestSchemas {

    public static final String PROPERTY = "webbgranskning.test.postgresql";

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static final List<String> CREATED = new ArrayList<>();
    private static final String RUN = Long.toString(ProcessHandle.current().pid());

    private PostgresTestSchemas() {
    }

    /** Whether this test JVM runs against PostgreSQL. */
    public static boolean active() {
        return !System.getProperty(PROPERTY, "").isBlank();
    }

    /** The property, else {@code WEBBGRANSKNING_TEST_PG_URL}; empty when the run has no server. */
    public static Optional<String> serverUrl() {
        String url = System.getProperty(PROPERTY, "");
        if (url.isBlank()) {
            url = env("WEBBGRANSKNING_TEST_PG_URL");
        }
        return url.isBlank() ? Optional.empty() : Optional.of(url.strip());
    }

    /** The login for {@link #serverUrl()}: user, then password. */
    public static List<String> serverLogin() {
        return List.of(env("WEBBGRANSKNING_TEST_PG_USER"), env("WEBBGRANSKNING_TEST_PG_PASSWORD"));
    }

    /** A new, empty schema on the test server, as a JDBC URL without credentials. */
    public static String freshSchemaUrl() {
        String url = serverUrl().orElseThrow(() -> new IllegalStateException("no PostgreSQL server for tests"));
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + createSchema();
    }

    private static synchronized String createSchema() {
        String schema = "wgtest_" + RUN + "_" + SCHEMAS.incrementAndGet();
        execute("CREATE SCHEMA " + schema);
        if (CREATED.isEmpty()) {
            Runtime.getRuntime().addShutdownHook(new Thread(PostgresTestSchemas::dropSchemas, "drop-test-schemas"));
        }
        CREATED.add(schema);
        return schema;
    }

    /** Leaves the server as it was; a schema still in use is left for the next run's administrator. */
    private static synchronized void dropSchemas() {
        for (String schema : CREATED) {
            try {
                execute("DROP SCHEMA " + schema + " CASCADE");
            } catch (IllegalStateException ignored) {
                // best effort at JVM exit
            }
        }
    }

    private static void execute(String sql) {
        List<String> login = serverLogin();
        try (Connection connection = DriverManager.getConnection(serverUrl().orElseThrow(), login.get(0),
                login.get(1));
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for tests: " + sql + ": " + e.getMessage(), e);
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value;
    }
}
