package se.webbgranskning.checklist;

import java.util.Arrays;
import java.util.Optional;

/** Structural signals the crawler computes for the pre-check; the checklist file names them by {@link #key()}. */
public enum Signal {
    CLICK_DEPTH("click-depth"),
    KRONOR_AMOUNT("kronor-amount"),
    CURRENT_YEAR("current-year"),
    LAST_UPDATED_DATE("last-updated-date"),
    PROVIDER_LIST("provider-list");

    private final String key;

    Signal(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Signal> fromKey(String key) {
        return Arrays.stream(values()).filter(signal -> signal.key.equals(key)).findFirst();
    }
}
