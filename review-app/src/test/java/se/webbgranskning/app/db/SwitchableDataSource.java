package se.webbgranskning.app.db;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * A data directory's database whose connections a test can switch off, as a database server that went away
 * would refuse them (SQL state 08001), and on again. The schema is migrated by {@link Database#open} first.
 */
public final class SwitchableDataSource implements DataSource {

    private final JdbcDataSource database = new JdbcDataSource();
    private volatile boolean reachable = true;

    private SwitchableDataSource(Path dataDirectory) {
        database.setURL("jdbc:h2:file:" + dataDirectory.resolve(EmbeddedH2.FILE_NAME) + EmbeddedH2.DURABLE_COMMITS);
        database.setUser("sa");
        database.setPassword("");
    }

    /** The data directory's database, migrated, behind a switch. */
    public static SwitchableDataSource over(Path dataDirectory) {
        Database.open(DatabaseSettings.embedded(dataDirectory));
        return new SwitchableDataSource(dataDirectory);
    }

    public Jdbi jdbi() {
        return Jdbi.create(this).installPlugin(new SqlObjectPlugin());
    }

    public void switchOff() {
        reachable = false;
    }

    public void switchOn() {
        reachable = true;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (!reachable) {
            throw new SQLNonTransientConnectionException("Connection refused (switched off by the test)", "08001");
        }
        return database.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no logging of our own
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // connections are local
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
