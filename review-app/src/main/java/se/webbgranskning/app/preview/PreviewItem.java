package se.webbgranskning.app.preview;

import java.util.List;
import java.util.Optional;

import se.webbgranskning.app.results.GoodExamples;
import se.webbgranskning.checklist.Item;
import se.webbgranskning.crawl.precheck.ItemSuggestion;
import se.webbgranskning.crawl.precheck.Verdict;

/**
 * One checklist item in a municipality's preview: what the pre-check suggests now, what it suggested at the
 * previous preview, and good examples from the latest published round where the item looks missing.
 */
public record PreviewItem(Item item, ItemSuggestion suggestion, Optional<Verdict> before,
                          List<GoodExamples.Example> examples) {

    public PreviewItem {
        examples = List.copyOf(examples);
    }

    public boolean present() {
        return suggestion.verdict() == Verdict.LIKELY_PRESENT;
    }

    /** Since the previous preview: "bättre", "sämre", "oförändrad", or empty when there was none. */
    public Optional<String> change() {
        return before.map(earlier -> {
            int now = rank(suggestion.verdict());
            int then = rank(earlier);
            return now > then ? "bättre" : now < then ? "sämre" : "oförändrad";
        });
    }

    private static int rank(Verdict verdict) {
        return switch (verdict) {
            case LIKELY_PRESENT -> 2;
            case PARTLY -> 1;
            case NOT_FOUND -> 0;
        };
    }
}
