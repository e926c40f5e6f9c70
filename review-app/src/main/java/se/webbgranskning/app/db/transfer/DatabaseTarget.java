package se.webbgranskning.app.db.transfer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A freshly migrated, empty database that receives a copy: rows are inserted in batches with a commit after
 * each (memory stays bounded however large a table is), and afterwards every identity column's counter is moved
 * past the largest copied value so that the application's next insert does not collide with a copied row.
 */
public final class DatabaseTarget implements TableTarget {

    private static final int BATCH = 500;
    /** A batch is also sent once its values hold about this many bytes: page texts can be large. */
    private static final long BATCH_BYTES = 8L * 1024 * 1024;

    private final Connection connection;
    private final Map<String, TableShape> tables;

    /**
     * The caller keeps the connection and closes it; it is switched to manual commit. A target with rows in any
     * table is refused here, before anything is written: batches are committed as they go, so a refusal at a later
     * table would leave the earlier ones copied into a database that was not empty.
     */
    public DatabaseTarget(Connection connection) {
        this.connection = connection;
        List<TableShape> inLoadOrder;
        try {
            connection.setAutoCommit(false);
            inLoadOrder = SchemaCatalog.tables(connection);
        } catch (SQLException e) {
            throw new TransferException("Måldatabasen kunde inte läsas: " + e.getMessage(), e);
        }
        tables = inLoadOrder.stream().collect(Collectors.toMap(TableShape::key, Function.identity()));
        inLoadOrder.forEach(this::refuseRows);
    }

    @Override
    public RowWriter open(TableShape sourceTable) {
        TableShape table = tables.get(sourceTable.key());
        if (table == null) {
            throw new TransferException("Tabellen " + sourceTable.key() + " finns inte i måldatabasen: källan och"
                    + " målet har inte samma schemaversion.");
        }
        List<TableColumn> columns = matchColumns(sourceTable, table);
        String sql = "INSERT INTO " + Identifiers.quote(table.name()) + " (" + Identifiers.columnList(columns)
                + ") VALUES (" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        try {
            return new BatchWriter(table, columns, connection.prepareStatement(sql));
        } catch (SQLException e) {
            throw failure(table, e);
        }
    }

    @Override
    public void finish() {
        try (Statement statement = connection.createStatement()) {
            for (TableShape table : tables.values()) {
                for (TableColumn column : table.columns()) {
                    if (column.identity()) {
                        restartAfterLargest(statement, table, column);
                    }
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new TransferException("Räknarna för nya id:n kunde inte ställas om: " + e.getMessage(), e);
        }
    }

    /**
     * {@code ALTER TABLE … ALTER COLUMN … RESTART WITH n} is how both H2 2 and PostgreSQL 10+ move an identity
     * column's counter; a database whose identity columns are plain sequences would need its own branch here.
     */
    private static void restartAfterLargest(Statement statement, TableShape table, TableColumn column)
            throws SQLException {
        long largest;
        try (ResultSet rs = statement.executeQuery("SELECT MAX(" + Identifiers.quote(column.name()) + ") FROM "
                + Identifiers.quote(table.name()))) {
            rs.next();
            largest = rs.getLong(1);
            if (rs.wasNull()) {
                return;
            }
        }
        statement.execute("ALTER TABLE " + Identifiers.quote(table.name()) + " ALTER COLUMN "
                + Identifiers.quote(column.name()) + " RESTART WITH " + (largest + 1));
    }

    /** The target's columns in the source's order; both must have the same columns of the same kinds. */
    private static List<TableColumn> matchColumns(TableShape source, TableShape target) {
        if (source.columns().size() != target.columns().size()) {
            throw new TransferException("Tabellen " + source.key() + " har " + source.columns().size()
                    + " kolumner i källan men " + target.columns().size() + " i måldatabasen: källan och målet har"
                    + " inte samma schemaversion.");
        }
        return source.columns().stream().map(column -> {
            TableColumn match = target.column(column.name());
            if (match.kind() != column.kind()) {
                throw new TransferException("Kolumnen " + source.key() + "." + column.name() + " är av typen "
                        + column.kind() + " i källan men " + match.kind() + " i måldatabasen.");
            }
            return match;
        }).toList();
    }

    private void refuseRows(TableShape table) {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + Identifiers.quote(table.name()))) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new TransferException("Tabellen " + table.key() + " i måldatabasen har redan " + rs.getLong(1)
                        + " rader. Kopiera bara till en ny, tom databas.");
            }
        } catch (SQLException e) {
            throw failure(table, e);
        }
    }

    private static TransferException failure(TableShape table, SQLException e) {
        return new TransferException("Tabellen " + table.key() + " kunde inte skrivas: " + e.getMessage(), e);
    }

    private final class BatchWriter implements RowWriter {

        private final TableShape table;
        private final List<TableColumn> columns;
        private final PreparedStatement insert;
        private long rows;
        private int pending;
        private long pendingBytes;

        BatchWriter(TableShape table, List<TableColumn> columns, PreparedStatement insert) {
            this.table = table;
            this.columns = columns;
            this.insert = insert;
        }

        @Override
        public void write(Object[] row) {
            try {
                for (int i = 0; i < columns.size(); i++) {
                    JdbcValues.bind(insert, i + 1, columns.get(i).kind(), row[i]);
                    pendingBytes += size(row[i]);
                }
                insert.addBatch();
                rows++;
                if (++pending == BATCH || pendingBytes >= BATCH_BYTES) {
                    flush();
                }
            } catch (SQLException e) {
                throw failure(table, e);
            }
        }

        private void flush() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                connection.commit();
                pending = 0;
                pendingBytes = 0;
            }
        }

        private static long size(Object value) {
            if (value instanceof String text) {
                return 2L * text.length();
            }
            return value instanceof byte[] bytes ? bytes.length : 8;
        }

        @Override
        public long rows() {
            return rows;
        }

        @Override
        public void close() {
            try (insert) {
                flush();
            } catch (SQLException e) {
                throw failure(table, e);
            }
        }
    }
}
