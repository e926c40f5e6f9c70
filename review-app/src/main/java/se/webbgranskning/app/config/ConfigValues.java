package se.webbgranskning.app.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.webbgranskning.app.web.TrustedProxies;

/** The checks of configuration values, each answering with a Swedish problem or nothing. */
final class ConfigValues {

    private ConfigValues() {
    }

    static Optional<String> any(String value) {
        return Optional.empty();
    }

    static Optional<String> text(String value) {
        return value.isBlank() ? Optional.of("får inte vara tomt") : Optional.empty();
    }

    static Optional<String> integer(String value, int min, int max) {
        try {
            int parsed = Integer.parseInt(value.strip());
            return parsed < min || parsed > max
                    ? Optional.of("måste vara ett heltal " + min + "–" + max + ", inte " + value)
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of("måste vara ett heltal " + min + "–" + max + ", inte '" + value + "'");
        }
    }

    static Optional<String> bool(String value) {
        String v = value.strip();
        return v.equals("true") || v.equals("false")
                ? Optional.empty()
                : Optional.of("måste vara true eller false, inte '" + value + "'");
    }

    static Optional<String> jdbcUrl(String value) {
        String v = value.strip();
        if (v.startsWith("jdbc:postgresql://") || v.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        return Optional.of("måste vara en JDBC-URL för PostgreSQL (jdbc:postgresql://värd:port/databas) eller H2"
                + " (jdbc:h2:…), inte '" + v + "'");
    }

    static Optional<String> addresses(String value) {
        List<String> bad = new ArrayList<>();
        for (String part : list(value)) {
            if (TrustedProxies.parseAddress(part).isEmpty()) { // a literal only: never looked up in DNS
                bad.add(part);
            }
        }
        return bad.isEmpty() ? Optional.empty()
                : Optional.of("ska vara IP-adresser åtskilda med komma (t.ex. 127.0.0.1, ::1), inte "
                        + String.join(", ", bad));
    }

    /** The comma-separated parts of a list value, without blanks. */
    static List<String> list(String value) {
        List<String> parts = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }
}
