package se.webbgranskning.app.db;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/** A connection pool to a database as it is, not migrated: for copying a database whole. Closing ends the pool. */
public record DatabasePool(DataSource dataSource) implements AutoCloseable {

    @Override
    public void close() {
        if (dataSource instanceof HikariDataSource hikari) {
            hikari.close();
        }
    }
}
