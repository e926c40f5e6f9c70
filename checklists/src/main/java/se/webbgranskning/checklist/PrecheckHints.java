package se.webbgranskning.checklist;

import java.util.List;

/**
 * What suggests to the automatic pre-check that an item is present on a site. Kept in the checklist
 * data so that the index owner can tune the pre-check without a release. Any term, pattern, URL word or link kind
 * found in {@code scope} is evidence (at least "partly"); {@code present} says what "likely present" needs.
 */
public record PrecheckHints(
        List<String> terms,
        List<String> patterns,
        List<String> urlWords,
        List<LinkKind> linkKinds,
        List<Signal> signals,
        PrecheckScope scope,
        PresenceRule present) {

    /** Hints without a scope or presence rule: the topic's pages and the default rule. */
    public static final PrecheckHints NONE = new PrecheckHints(List.of(), List.of(), List.of(), List.of(), List.of(),
            PrecheckScope.TOPIC, PresenceRule.DEFAULT);

    public PrecheckHints {
        terms = List.copyOf(terms);
        patterns = List.copyOf(patterns);
        urlWords = List.copyOf(urlWords);
        linkKinds = List.copyOf(linkKinds);
        signals = List.copyOf(signals);
    }
}
