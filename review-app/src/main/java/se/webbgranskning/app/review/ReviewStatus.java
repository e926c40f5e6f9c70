package se.webbgranskning.app.review;

import java.util.Arrays;

/** Where a review stands; the key is stored, the label shown. */
public enum ReviewStatus {
    NOT_STARTED("not_started", "Ej påbörjad"),
    IN_PROGRESS("in_progress", "Pågår"),
    SUBMITTED("submitted", "Inskickad");

    private final String key;
    private final String label;

    ReviewStatus(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** A CSS-friendly name, e.g. {@code not-started}. */
    public String cssName() {
        return key.replace('_', '-');
    }

    public static ReviewStatus fromKey(String key) {
        return Arrays.stream(values()).filter(status -> status.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown review status " + key));
    }
}
