package se.webbgranskning.app.db.transfer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * A database read in one read-only transaction that sees a single snapshot of every table, so that a copy is
 * consistent (every reference points at a row of the same moment) while others keep writing.
 *
 * <p>The isolation level that gives this differs: PostgreSQL's REPEATABLE READ takes one snapshot of the whole
 * database at the transaction's first statement; H2's REPEATABLE READ takes a snapshot per table at its first
 * read (rows committed in another table in between would be seen), so on H2 this uses its SNAPSHOT level (6),
 * which snapshots the whole database at the first statement. {@link #open} runs that first statement itself, so
 * the snapshot's moment is when {@code open} returns.
 */
public final class DatabaseSource implements TableSource, AutoCloseable {

    /** H2's {@code Constants.TRANSACTION_SNAPSHOT}: a snapshot of the whole database. */
    private static final int H2_SNAPSHOT = 6;
    private static final int FETCH_SIZE = 200;

    private final Connection connection;
    private final List<TableShape> tables;
    private final Optional<String> schemaVersion;

    private DatabaseSource(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement statement = connection.createStatement()) {
            // the transaction's first statement: the snapshot is taken here
            statement.executeQuery("SELECT 1").close();
        }
        this.schemaVersion = readSchemaVersion(connection);
        this.tables = SchemaCatalog.tables(connection);
    }

    /** Opens the snapshot; {@link #close} ends it. */
    public static DatabaseSource open(DataSource dataSource) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            boolean h2 = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
            connection.setTransactionIsolation(h2 ? H2_SNAPSHOT : Connection.TRANSACTION_REPEATABLE_READ);
            return new DatabaseSource(connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new TransferException("Databasen kunde inte läsas: " + e.getMessage(), e);
        }
    }

    @Override
    public List<TableShape> tables() {
        return tables;
    }

    /** The Flyway version of the schema in this snapshot (empty for a database Flyway never migrated). */
    public Optional<String> schemaVersion() {
        return schemaVersion;
    }

    /** The snapshot's connection, for reading more of the same moment; do not commit or write through it. */
    public Connection connection() {
        return connection;
    }

    @Override
    public void forEachRow(TableShape table, Consumer<Object[]> consumer) {
        String order = table.primaryKey().isEmpty() ? ""
                : " ORDER BY " + table.primaryKey().stream().map(Identifiers::quote).collect(Collectors.joining(", "));
        String sql = "SELECT " + Identifiers.columnList(table.columns()) + " FROM " + Identifiers.quote(table.name())
                + order;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = statement.executeQuery()) {
                int width = table.columns().size();
                while (rs.next()) {
                    Object[] row = new Object[width];
                    for (int i = 0; i < width; i++) {
                        row[i] = JdbcValues.read(rs, i + 1, table.columns().get(i).kind());
                    }
                    consumer.accept(row);
                }
            }
        } catch (SQLException e) {
            throw new TransferException("Tabellen " + table.key() + " kunde inte läsas: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // read-only: nothing to undo; the connection is closed below either way
        }
        closeQuietly(connection);
    }

    private static Optional<String> readSchemaVersion(Connection connection) throws SQLException {
        Optional<String> history = SchemaCatalog.flywayHistory(connection);
        if (history.isEmpty()) {
            return Optional.empty();
        }
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT " + Identifiers.quote("version") + " FROM "
                        + Identifiers.quote(history.get()) + " WHERE " + Identifiers.quote("success")
                        + " AND " + Identifiers.quote("version") + " IS NOT NULL ORDER BY "
                        + Identifiers.quote("installed_rank") + " DESC")) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing more to do with a connection that fails to close
        }
    }
}
