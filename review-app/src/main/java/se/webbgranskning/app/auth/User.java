package se.webbgranskning.app.auth;

import java.util.Optional;

/**
 * An account. {@code kommunkod} is set only for the municipality role, which sees one municipality and
 * nothing else.
 */
public record User(long id, String username, String displayName, Role role, String kommunkod, boolean disabled) {

    public Optional<String> municipality() {
        return Optional.ofNullable(kommunkod);
    }

    public boolean is(Role other) {
        return role == other;
    }
}
