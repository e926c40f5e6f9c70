package se.webbgranskning.app.db.transfer;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A value of a dump as JSON: booleans and whole numbers as JSON booleans and numbers; doubles as numbers (Java
 * writes the shortest text that reads back to the same double) or the strings {@code NaN}, {@code Infinity},
 * {@code -Infinity}; decimals as strings (exact, with their scale); text as strings; dates and times as ISO-8601
 * strings, a timestamp with time zone with its offset; binary as Base64; null as null.
 */
final class JsonValues {

    private JsonValues() {
    }

    static void write(JsonGenerator json, ColumnKind kind, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
            return;
        }
        switch (kind) {
            case BOOLEAN -> json.writeBoolean((Boolean) value);
            case INTEGER -> json.writeNumber((Long) value);
            case DOUBLE -> {
                double d = (Double) value;
                if (Double.isFinite(d)) {
                    json.writeNumber(d);
                } else {
                    json.writeString(Double.toString(d));
                }
            }
            case BINARY -> json.writeString(Base64.getEncoder().encodeToString((byte[]) value));
            case DECIMAL, TEXT, DATE, TIME, TIMESTAMP, TIMESTAMP_TZ -> json.writeString(value.toString());
            default -> throw new IllegalStateException("kind " + kind);
        }
    }

    /** @throws IllegalArgumentException (with a Swedish message) if the JSON value is not of the kind */
    static Object read(JsonNode node, ColumnKind kind) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return switch (kind) {
                case BOOLEAN -> require(node.isBoolean(), node, kind) ? node.booleanValue() : null;
                case INTEGER -> require(node.isIntegralNumber() && node.canConvertToLong(), node, kind)
                        ? node.longValue() : null;
                case DOUBLE -> node.isNumber() ? node.doubleValue() : parseNonFinite(node, kind);
                case DECIMAL -> new BigDecimal(text(node, kind));
                case TEXT -> text(node, kind);
                case DATE -> LocalDate.parse(text(node, kind));
                case TIME -> LocalTime.parse(text(node, kind));
                case TIMESTAMP -> LocalDateTime.parse(text(node, kind));
                case TIMESTAMP_TZ -> OffsetDateTime.parse(text(node, kind));
                case BINARY -> base64(node, kind);
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(mismatch(node, kind), e);
        }
    }

    private static byte[] base64(JsonNode node, ColumnKind kind) {
        String text = text(node, kind);
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(mismatch(node, kind), e);
        }
    }

    private static Double parseNonFinite(JsonNode node, ColumnKind kind) {
        return switch (text(node, kind)) {
            case "NaN" -> Double.NaN;
            case "Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> throw new IllegalArgumentException(mismatch(node, kind));
        };
    }

    private static String text(JsonNode node, ColumnKind kind) {
        require(node.isTextual(), node, kind);
        return node.textValue();
    }

    private static boolean require(boolean ok, JsonNode node, ColumnKind kind) {
        if (!ok) {
            throw new IllegalArgumentException(mismatch(node, kind));
        }
        return true;
    }

    private static String mismatch(JsonNode node, ColumnKind kind) {
        String shown = node.toString();
        return "värdet " + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown) + " är inte av typen " + kind;
    }
}
