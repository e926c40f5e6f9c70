package se.webbgranskning.checklist;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where the pre-check looks for an item: only on the pages about the checklist's topic (home care), or on every
 * page of the snapshot (for site-wide things such as the accessibility statement).
 */
public enum PrecheckScope {
    TOPIC("topic"),
    SITE("site");

    private final String key;

    PrecheckScope(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<PrecheckScope> fromKey(String key) {
        return Arrays.stream(values()).filter(scope -> scope.key.equals(key)).findFirst();
    }
}
