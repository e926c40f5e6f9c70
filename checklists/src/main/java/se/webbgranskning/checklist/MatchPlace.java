package se.webbgranskning.checklist;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a requirement's terms must occur: anywhere in a page's text, or in what names the page (its title, its
 * address or a heading-like line), which says the page is about the thing rather than mentioning it.
 */
public enum MatchPlace {
    TEXT("text"),
    HEADING("heading");

    private final String key;

    MatchPlace(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<MatchPlace> fromKey(String key) {
        return Arrays.stream(values()).filter(place -> place.key.equals(key)).findFirst();
    }
}
