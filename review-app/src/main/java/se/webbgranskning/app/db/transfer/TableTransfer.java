package se.webbgranskning.app.db.transfer;

import java.util.ArrayList;
import java.util.List;

/**
 * Copies every table of a source into a target, table by table in foreign-key order, row by row: the one
 * implementation behind {@code backup} (database to dump), {@code restore} (dump to database) and copying one
 * database into another (database to database, e.g. H2 to PostgreSQL).
 */
public final class TableTransfer {

    private TableTransfer() {
    }

    /** @return the rows copied per table, in the order copied */
    public static List<TableCount> copy(TableSource source, TableTarget target) {
        List<TableCount> counts = new ArrayList<>();
        for (TableShape table : source.tables()) {
            try (TableTarget.RowWriter writer = target.open(table)) {
                source.forEachRow(table, writer::write);
                counts.add(new TableCount(table.key(), writer.rows()));
            }
        }
        target.finish();
        return List.copyOf(counts);
    }
}
