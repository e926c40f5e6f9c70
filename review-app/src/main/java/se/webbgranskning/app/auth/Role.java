package se.webbgranskning.app.auth;

import java.util.Arrays;
import java.util.Optional;

import io.javalin.security.RouteRole;

/** What an account may do. The stored value is the lower-case English key; the label is what users read. */
public enum Role implements RouteRole {
    ADMIN("admin", "Projektledare"),
    REVIEWER("reviewer", "Granskare"),
    MUNICIPALITY("municipality", "Kommun");

    private final String key;
    private final String label;

    Role(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<Role> fromKey(String key) {
        return Arrays.stream(values()).filter(role -> role.key.equals(key)).findFirst();
    }
}
