package se.webbgranskning.app.db.transfer;

import java.util.List;
import java.util.Locale;

/**
 * One application table: its name as the database spells it (H2 upper-cases, PostgreSQL lower-cases), its columns
 * in order and its primary key, which orders the rows of a dump so that two dumps of equal tables are equal.
 */
public record TableShape(String name, List<TableColumn> columns, List<String> primaryKey) {

    public TableShape {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
    }

    /** The name in lower case: how dumps and manifests name the table, whatever the database. */
    public String key() {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The column with this name in any case. */
    public TableColumn column(String columnName) {
        return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst()
                .orElseThrow(() -> new TransferException("Tabellen " + key() + " har ingen kolumn " + columnName + "."));
    }
}
