package se.webbgranskning.app.backup;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Jdbi;

import se.webbgranskning.app.db.transfer.SchemaCatalog;
import se.webbgranskning.app.db.transfer.TableShape;

/**
 * Every row of the application's tables, read with plain {@code SELECT *} and the driver's own objects, not through
 * the transfer engine: what the tests compare a restored database with.
 */
final class TableRows {

    private TableRows() {
    }

    /** Table key to its rows in primary-key order; large objects as strings, binary as hex. */
    static Map<String, List<List<Object>>> read(Jdbi jdbi) {
        return read(jdbi, null);
    }

    static Map<String, List<List<Object>>> read(Jdbi jdbi, List<String> onlyTables) {
        try {
            return jdbi.withHandle(handle -> read(handle.getConnection(), onlyTables));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, List<List<Object>>> read(Connection connection, List<String> onlyTables)
            throws SQLException {
        Map<String, List<List<Object>>> tables = new LinkedHashMap<>();
        for (TableShape table : SchemaCatalog.tables(connection)) {
            if (onlyTables == null || onlyTables.contains(table.key())) {
                tables.put(table.key(), rows(connection, table));
            }
        }
        return tables;
    }

    private static List<List<Object>> rows(Connection connection, TableShape table) throws SQLException {
        String order = table.primaryKey().stream().map(k -> "\"" + k + "\"").collect(Collectors.joining(", "));
        List<List<Object>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
                "SELECT * FROM \"" + table.name() + "\"" + (order.isEmpty() ? "" : " ORDER BY " + order))) {
            int width = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(width);
                for (int i = 1; i <= width; i++) {
                    row.add(comparable(rs.getObject(i)));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static Object comparable(Object value) throws SQLException {
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof Blob blob) {
            return HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return value;
    }
}
