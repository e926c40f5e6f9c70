package se.webbgranskning.app.db.transfer;

/** Where a copy's tables go: a freshly migrated database, or a dump. */
public interface TableTarget {

    /** Starts receiving the rows of a source table. */
    RowWriter open(TableShape sourceTable);

    /** Called once after every table was written (a database resets its identity counters here). */
    void finish();

    /** Receives the rows of one table. */
    interface RowWriter extends AutoCloseable {

        void write(Object[] row);

        /** The number of rows written so far. */
        long rows();

        /** Makes every written row durable. */
        @Override
        void close();
    }
}
