package se.webbgranskning.bench.web;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import se.webbgranskning.app.db.DatabaseSettings;

/** A fresh schema on the PostgreSQL server a benchmark was given, so every run starts empty. */
final class BenchPostgres {

    private BenchPostgres() {
    }

    static DatabaseSettings freshSchema(String url, Path dataDirectory) throws SQLException {
        String user = System.getenv().getOrDefault("WEBBGRANSKNING_BENCH_PG_USER", "");
        String password = System.getenv().getOrDefault("WEBBGRANSKNING_BENCH_PG_PASSWORD", "");
        String schema = "bench_" + System.currentTimeMillis();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        String withSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new DatabaseSettings(withSchema, user, password, DatabaseSettings.DEFAULT_POOL_SIZE, false,
                dataDirectory);
    }
}
