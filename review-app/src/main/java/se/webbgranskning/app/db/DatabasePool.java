package se.webbgranskning.app.db;

import com.zaxxer.hikari.HikariDataSource;

/** A connection pool to a database as it is, not migrated: for copying a database whole. Closing ends the pool. */
public record DatabasePool(HikariDataSource dataSource) implements AutoCloseable {

    @Override
    public void close() {
        dataSource.close();
    }
}
