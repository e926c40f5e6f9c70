package se.webbgranskning.app.db.transfer;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * Reads a column's value from a result set and binds it to a statement, by the column's kind, as one Java type
 * per kind: Boolean, Long, BigDecimal, Double, String, LocalDate, LocalTime, LocalDateTime, OffsetDateTime,
 * byte[], or null. The java.time types go through {@code getObject(i, Class)}, which JDBC 4.2 drivers convert
 * without the default time zone (a {@code java.sql.Timestamp} would shift local times across DST).
 */
final class JdbcValues {

    private JdbcValues() {
    }

    static Object read(ResultSet rs, int index, ColumnKind kind) throws SQLException {
        Object value = switch (kind) {
            case BOOLEAN -> rs.getBoolean(index);
            case INTEGER -> rs.getLong(index);
            case DECIMAL -> rs.getBigDecimal(index);
            case DOUBLE -> rs.getDouble(index);
            case TEXT -> rs.getString(index);
            case DATE -> rs.getObject(index, LocalDate.class);
            case TIME -> rs.getObject(index, LocalTime.class);
            case TIMESTAMP -> rs.getObject(index, LocalDateTime.class);
            case TIMESTAMP_TZ -> rs.getObject(index, OffsetDateTime.class);
            case BINARY -> rs.getBytes(index);
        };
        return rs.wasNull() ? null : value;
    }

    static void bind(PreparedStatement statement, int index, ColumnKind kind, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlType(kind));
            return;
        }
        switch (kind) {
            case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
            case INTEGER -> statement.setLong(index, (Long) value);
            case DECIMAL -> statement.setBigDecimal(index, (BigDecimal) value);
            case DOUBLE -> statement.setDouble(index, (Double) value);
            case TEXT -> statement.setString(index, (String) value);
            case DATE, TIME, TIMESTAMP -> statement.setObject(index, value);
            case TIMESTAMP_TZ -> statement.setObject(index, value, Types.TIMESTAMP_WITH_TIMEZONE);
            case BINARY -> statement.setBytes(index, (byte[]) value);
            default -> throw new IllegalStateException("kind " + kind);
        }
    }

    private static int sqlType(ColumnKind kind) {
        return switch (kind) {
            case BOOLEAN -> Types.BOOLEAN;
            case INTEGER -> Types.BIGINT;
            case DECIMAL -> Types.NUMERIC;
            case DOUBLE -> Types.DOUBLE;
            case TEXT -> Types.VARCHAR;
            case DATE -> Types.DATE;
            case TIME -> Types.TIME;
            case TIMESTAMP -> Types.TIMESTAMP;
            case TIMESTAMP_TZ -> Types.TIMESTAMP_WITH_TIMEZONE;
            case BINARY -> Types.VARBINARY;
        };
    }
}
