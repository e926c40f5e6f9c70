package se.webbgranskning.checklist;

import java.util.List;

/**
 * What suggests to the automatic pre-check that an item is present on a site. Kept in the checklist
 * data so that the index owner can tune the pre-check without a release.
 */
public record PrecheckHints(
        List<String> terms,
        List<String> patterns,
        List<String> urlWords,
        List<LinkKind> linkKinds,
        List<Signal> signals) {

    public PrecheckHints {
        terms = List.copyOf(terms);
        patterns = List.copyOf(patterns);
        urlWords = List.copyOf(urlWords);
        linkKinds = List.copyOf(linkKinds);
        signals = List.copyOf(signals);
    }
}
