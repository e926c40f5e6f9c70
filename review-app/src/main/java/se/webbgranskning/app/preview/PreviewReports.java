package se.webbgranskning.app.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.webbgranskning.app.results.GoodExamples;
import se.webbgranskning.app.results.RoundResults;
import se.webbgranskning.app.review.ReviewRound;
import se.webbgranskning.app.review.ReviewRounds;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.checklist.Item;
import se.webbgranskning.crawl.precheck.ItemSuggestion;
import se.webbgranskning.crawl.precheck.Verdict;

/**
 * Puts a finished preview together for the municipality: each item with its suggestion, the verdict at the
 * previous preview, and for items that do not look present, good examples (pages of municipalities that got
 * full points) from the latest published round, if its checklist has the item.
 */
public final class PreviewReports {

    private final ReviewRounds rounds;
    private final RoundResults results;
    private final GoodExamples goodExamples;

    public PreviewReports(ReviewRounds rounds, RoundResults results, GoodExamples goodExamples) {
        this.rounds = rounds;
        this.results = results;
        this.goodExamples = goodExamples;
    }

    PreviewReport report(PreviewRun latest, Optional<PreviewRun> previous, Checklist checklist,
                         Map<String, ItemSuggestion> suggestions, Map<String, Verdict> before) {
        Optional<ReviewRound> published = rounds.rounds().stream().filter(ReviewRound::published).findFirst();
        List<String> missing = checklist.items().stream().map(Item::id)
                .filter(id -> suggestions.containsKey(id) && suggestions.get(id).verdict() != Verdict.LIKELY_PRESENT)
                .toList();
        Map<String, List<GoodExamples.Example>> examples = published
                .map(round -> goodExamples.forMissedItems(results.of(round), latest.kommunkod(), missing))
                .orElse(Map.of());
        List<PreviewItem> items = new ArrayList<>();
        for (Item item : checklist.items()) {
            ItemSuggestion suggestion = suggestions.get(item.id());
            if (suggestion != null) {
                items.add(new PreviewItem(item, suggestion, Optional.ofNullable(before.get(item.id())),
                        examples.getOrDefault(item.id(), List.of())));
            }
        }
        return new PreviewReport(latest, previous, items, published);
    }
}
