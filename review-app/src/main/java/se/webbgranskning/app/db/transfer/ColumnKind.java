package se.webbgranskning.app.db.transfer;

import java.sql.JDBCType;
import java.util.Locale;

/**
 * The portable kind of a column's values: what a dump records and what decides how a value is read, written as
 * JSON and bound again. Kinds rather than JDBC types, because databases name the same values differently (H2's
 * {@code TEXT} is a CLOB, PostgreSQL's is a VARCHAR; PostgreSQL's driver reports {@code boolean} as BIT and
 * {@code timestamptz} as TIMESTAMP).
 */
public enum ColumnKind {
    BOOLEAN, INTEGER, DECIMAL, DOUBLE, TEXT, DATE, TIME, TIMESTAMP, TIMESTAMP_TZ, BINARY;

    /**
     * The kind of a column as its driver describes it.
     *
     * @throws TransferException for a type no migration uses and this engine cannot copy faithfully
     */
    public static ColumnKind of(int jdbcType, String typeName, String table, String column) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        JDBCType type;
        try {
            type = JDBCType.valueOf(jdbcType);
        } catch (IllegalArgumentException e) {
            type = JDBCType.OTHER;
        }
        switch (type) {
            case BOOLEAN, BIT:
                return BOOLEAN;
            case TINYINT, SMALLINT, INTEGER, BIGINT:
                return INTEGER;
            case NUMERIC, DECIMAL:
                return DECIMAL;
            case REAL, FLOAT, DOUBLE:
                return DOUBLE;
            case CHAR, VARCHAR, LONGVARCHAR, CLOB, NCHAR, NVARCHAR, LONGNVARCHAR, NCLOB:
                return TEXT;
            case DATE:
                return DATE;
            case TIME:
                return TIME;
            case TIMESTAMP:
                // PostgreSQL's driver reports timestamptz as TIMESTAMP; its type name tells them apart
                return name.equals("timestamptz") || name.contains("with time zone") ? TIMESTAMP_TZ : TIMESTAMP;
            case TIMESTAMP_WITH_TIMEZONE:
                return TIMESTAMP_TZ;
            case BINARY, VARBINARY, LONGVARBINARY, BLOB:
                return BINARY;
            default:
                throw new TransferException("Kolumnen " + table + "." + column + " har typen " + typeName
                        + ", som inte kan kopieras. Rapportera felet.");
        }
    }
}
