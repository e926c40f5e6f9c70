package se.webbgranskning.app.db.transfer;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Quotes table and column names for SQL. The names come from the database's own catalog, never from input; they
 * are quoted because H2 and PostgreSQL spell unquoted names in different cases and a catalog name must be used
 * exactly as the catalog spells it.
 */
final class Identifiers {

    private Identifiers() {
    }

    static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String columnList(List<TableColumn> columns) {
        return columns.stream().map(c -> quote(c.name())).collect(Collectors.joining(", "));
    }
}
