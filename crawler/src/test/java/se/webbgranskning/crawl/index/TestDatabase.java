package se.webbgranskning.crawl.index;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * A migrated page-index database for a test: an H2 file in the test's data directory, or, in the test run against
 * PostgreSQL, a fresh schema of its own on that server (see {@link PostgresTestSchemas}).
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static boolean postgreSql() {
        return PostgresTestSchemas.active();
    }

    /** A freshly migrated database for the data directory. */
    public static Jdbi open(Path dataDir) {
        DataSource dataSource = postgreSql() ? postgreSqlSchema()
                : JdbcConnectionPool.create("jdbc:h2:file:" + dataDir.resolve("db"), "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    }

    private static DataSource postgreSqlSchema() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(PostgresTestSchemas.freshSchemaUrl());
        config.setUsername(PostgresTestSchemas.serverLogin().get(0));
        config.setPassword(PostgresTestSchemas.serverLogin().get(1));
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(0);
        config.setIdleTimeout(10_000);
        return new HikariDataSource(config);
    }
}
