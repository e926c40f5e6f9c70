package se.webbgranskning.app.db.transfer;

/** How many rows of a table (by its lower-case key) a copy carried. */
public record TableCount(String table, long rows) {
}
