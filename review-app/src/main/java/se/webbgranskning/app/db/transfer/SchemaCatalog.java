package se.webbgranskning.app.db.transfer;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The application's tables as the database's own catalog describes them (JDBC metadata and the standard
 * {@code information_schema}, which H2 2 and PostgreSQL both have): every base table of the connection's current
 * schema except Flyway's history, in foreign-key order. Reading the schema rather than listing tables by hand
 * means a table added by a later migration is copied without anyone remembering to add it here.
 */
public final class SchemaCatalog {

    /** Flyway's own table: the target database gets it from its own migration, not from the copy. */
    public static final String FLYWAY_HISTORY = "flyway_schema_history";

    private SchemaCatalog() {
    }

    /** The application tables, each after the tables it refers to. */
    public static List<TableShape> tables(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.equalsIgnoreCase(FLYWAY_HISTORY)) {
                    names.add(name);
                }
            }
        }
        names.sort(String.CASE_INSENSITIVE_ORDER);
        List<TableShape> tables = new ArrayList<>();
        Map<String, Set<String>> references = new LinkedHashMap<>();
        for (String name : names) {
            TableShape shape = new TableShape(name, columns(connection, meta, catalog, schema, name),
                    primaryKey(meta, catalog, schema, name));
            tables.add(shape);
            references.put(shape.key(), referredTables(meta, catalog, schema, name));
        }
        return TableOrder.sort(tables, references);
    }

    /** The actual spelling of Flyway's history table in this database, if it has one. */
    public static Optional<String> flywayHistory(Connection connection) throws SQLException {
        try (ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
                new String[] {"TABLE"})) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equalsIgnoreCase(FLYWAY_HISTORY)) {
                    return Optional.of(rs.getString("TABLE_NAME"));
                }
            }
        }
        return Optional.empty();
    }

    private static List<TableColumn> columns(Connection connection, DatabaseMetaData meta, String catalog,
            String schema, String table) throws SQLException {
        Set<String> identities = identityColumns(connection, schema, table);
        Map<Integer, TableColumn> byPosition = new TreeMap<>();
        try (ResultSet rs = meta.getColumns(catalog, schema, table, "%")) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME");
                ColumnKind kind = ColumnKind.of(rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"),
                        table.toLowerCase(Locale.ROOT), column.toLowerCase(Locale.ROOT));
                byPosition.put(rs.getInt("ORDINAL_POSITION"), new TableColumn(column, kind, identities.contains(column)));
            }
        }
        return List.copyOf(byPosition.values());
    }

    /** Identity columns from information_schema.columns.is_identity (SQL standard; H2 2 and PostgreSQL 10+). */
    private static Set<String> identityColumns(Connection connection, String schema, String table)
            throws SQLException {
        Set<String> identities = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT column_name FROM information_schema.columns"
                        + " WHERE table_schema = ? AND table_name = ? AND is_identity = 'YES'")) {
            statement.setString(1, schema);
            statement.setString(2, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    identities.add(rs.getString(1));
                }
            }
        }
        return identities;
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        Map<Integer, String> bySequence = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, table)) {
            while (rs.next()) {
                bySequence.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return List.copyOf(bySequence.values());
    }

    private static Set<String> referredTables(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        Set<String> referred = new LinkedHashSet<>();
        try (ResultSet rs = meta.getImportedKeys(catalog, schema, table)) {
            while (rs.next()) {
                referred.add(rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return referred;
    }
}
