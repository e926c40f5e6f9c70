package se.webbgranskning.app.db.transfer;

import java.util.List;
import java.util.function.Consumer;

/** Where a copy's tables come from: a database read in one snapshot, or a dump. */
public interface TableSource {

    /** The tables, each after the tables it refers to. */
    List<TableShape> tables();

    /**
     * Hands every row of the table to the consumer, one at a time and in primary-key order, as the table's columns
     * in order (values as {@link JdbcValues} describes). Never holds more than a few rows in memory.
     */
    void forEachRow(TableShape table, Consumer<Object[]> consumer);
}
