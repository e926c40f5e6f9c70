package se.webbgranskning.app.precheck;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.webbgranskning.crawl.precheck.EvidencePassage;
import se.webbgranskning.crawl.precheck.ItemSuggestion;
import se.webbgranskning.crawl.precheck.Verdict;

/** One item's suggestion as the review screen shows it: the verdict and each passage with what was done with it. */
public record SuggestionPanel(ItemSuggestion suggestion, List<Passage> passages) {

    /** A passage of the suggestion and the reviewer's decision on it, if any. */
    public record Passage(EvidencePassage evidence, Optional<PassageDecision> decision) {

        public boolean undecided() {
            return decision.isEmpty();
        }
    }

    public SuggestionPanel {
        passages = List.copyOf(passages);
    }

    public static SuggestionPanel of(ItemSuggestion suggestion, Map<PassageKey, PassageDecision> decisions) {
        return new SuggestionPanel(suggestion, suggestion.evidence().stream()
                .map(passage -> new Passage(passage,
                        Optional.ofNullable(decisions.get(PassageKey.of(suggestion.itemId(), passage)))))
                .toList());
    }

    public String itemId() {
        return suggestion.itemId();
    }

    /** CSS modifier for the verdict: present, partly or missing. */
    public String verdictClass() {
        return switch (suggestion.verdict()) {
            case LIKELY_PRESENT -> "present";
            case PARTLY -> "partly";
            case NOT_FOUND -> "missing";
        };
    }

    public boolean found() {
        return suggestion.verdict() != Verdict.NOT_FOUND;
    }
}
