package se.webbgranskning.crawl.index;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * A migrated page-index database for a test: an H2 file in the test's data directory, or, in the test run against
 * PostgreSQL (Maven profile {@code postgresql}: system property {@code webbgranskning.test.postgresql} holds the
 * server's JDBC URL, {@code WEBBGRANSKNING_TEST_PG_USER} and {@code WEBBGRANSKNING_TEST_PG_PASSWORD} the login), a
 * fresh schema of its own on that server, so that tests stay as independent as with one H2 file each.
 */
public final class TestDatabase {

    public static final String PROPERTY = "webbgranskning.test.postgresql";

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static final List<String> CREATED = new ArrayList<>();
    private static final String RUN = Long.toString(ProcessHandle.current().pid());

    private TestDatabase() {
    }

    public static boolean postgreSql() {
        return !System.getProperty(PROPERTY, "").isBlank();
    }

    /** A freshly migrated database for the data directory. */
    public static Jdbi open(Path dataDir) {
        DataSource dataSource = postgreSql() ? postgreSqlSchema()
                : JdbcConnectionPool.create("jdbc:h2:file:" + dataDir.resolve("db"), "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    }

    private static DataSource postgreSqlSchema() {
        String schema = createSchema();
        String url = System.getProperty(PROPERTY).strip();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        config.setUsername(env("WEBBGRANSKNING_TEST_PG_USER"));
        config.setPassword(env("WEBBGRANSKNING_TEST_PG_PASSWORD"));
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(0);
        config.setIdleTimeout(10_000);
        return new HikariDataSource(config);
    }

    private static synchronized String createSchema() {
        String schema = "wgtest_" + RUN + "_" + SCHEMAS.incrementAndGet();
        execute("CREATE SCHEMA " + schema);
        if (CREATED.isEmpty()) {
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropSchemas, "drop-test-schemas"));
        }
        CREATED.add(schema);
        return schema;
    }

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
        try (Connection connection = DriverManager.getConnection(System.getProperty(PROPERTY).strip(),
                env("WEBBGRANSKNING_TEST_PG_USER"), env("WEBBGRANSKNING_TEST_PG_PASSWORD"));
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
