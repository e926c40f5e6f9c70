package se.webbgranskning.app.db.transfer;

/** One column of a table: its name as the database spells it, its kind, and whether it is an identity column. */
public record TableColumn(String name, ColumnKind kind, boolean identity) {
}
