package se.webbgranskning.app.db.transfer;

import java.util.List;
import java.util.Locale;

/**
 * The first line of a table's dump file: the table, its columns with their kinds and identity flags, and its
 * primary key; every following line is one row, a JSON array of the columns' values in this order.
 */
record DumpHeader(String table, List<Column> columns, List<String> primaryKey) {

    record Column(String name, ColumnKind kind, boolean identity) {
    }

    static DumpHeader of(TableShape shape) {
        return new DumpHeader(shape.key(), shape.columns().stream()
                .map(c -> new Column(c.name().toLowerCase(Locale.ROOT), c.kind(), c.identity())).toList(),
                shape.primaryKey().stream().map(k -> k.toLowerCase(Locale.ROOT)).toList());
    }

    TableShape shape() {
        return new TableShape(table, columns.stream().map(c -> new TableColumn(c.name(), c.kind(), c.identity()))
                .toList(), primaryKey);
    }
}
