package se.webbgranskning.checklist;

import java.util.List;

/**
 * One thing the pre-check must find before it suggests that an item is likely present, e.g. "examples of personal
 * care" for A1. It is met by any of its terms, patterns or links; {@code linkAbout} narrows the links to those whose
 * text, address or target page names one of those words. A {@code sufficient} requirement alone makes the item
 * likely present (e.g. a statement that there is no choice system answers D1 fully).
 */
public record Requirement(
        String name,
        List<String> terms,
        List<String> patterns,
        List<LinkKind> linkKinds,
        List<String> linkAbout,
        MatchPlace in,
        boolean sufficient) {

    public Requirement {
        terms = List.copyOf(terms);
        patterns = List.copyOf(patterns);
        linkKinds = List.copyOf(linkKinds);
        linkAbout = List.copyOf(linkAbout);
    }
}
