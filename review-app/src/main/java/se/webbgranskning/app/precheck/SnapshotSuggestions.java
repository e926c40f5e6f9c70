package se.webbgranskning.app.precheck;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.crawl.precheck.ItemSuggestion;
import se.webbgranskning.crawl.precheck.Precheck;
import se.webbgranskning.crawl.precheck.PrecheckInputReader;

/**
 * The pre-check's suggestions for a municipality's snapshot, per item. A snapshot is frozen and the pre-check is
 * deterministic, so the suggestions for a snapshot and checklist edition never change: they are computed on first
 * use and the most recently used are kept in memory, so the review screen pays for them once, not at every save.
 * "This year" and "last twelve months" count from the day the crawl round started, as in {@code precheck}.
 */
public final class SnapshotSuggestions {

    // A national round has 290 municipalities; a few hundred kilobytes of text each at most.
    private static final int KEPT = 320;

    /** An edition id is never reused for other content (see ChecklistEditions), so it names the checklist. */
    private record Key(String crawlRoundId, String kommunkod, String checklistId) {
    }

    private final PrecheckInputReader reader;
    private final Precheck precheck;
    private final Map<Key, Map<String, ItemSuggestion>> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Map<String, ItemSuggestion>> eldest) {
            return size() > KEPT;
        }
    };

    public SnapshotSuggestions(PrecheckInputReader reader, Precheck precheck) {
        this.reader = reader;
        this.precheck = precheck;
    }

    /** Item id → suggestion, in checklist order; empty if the crawl round has no snapshot of the municipality. */
    public Map<String, ItemSuggestion> of(String crawlRoundId, String kommunkod, Checklist checklist) {
        Key key = new Key(crawlRoundId, kommunkod, checklist.id());
        synchronized (recent) {
            Map<String, ItemSuggestion> known = recent.get(key);
            if (known != null) {
                return known;
            }
        }
        // Computed outside the lock: two reviewers opening the same snapshot at once may both compute it, which
        // costs a little time but never blocks every other review screen behind one computation.
        Map<String, ItemSuggestion> computed = reader.read(crawlRoundId, kommunkod)
                .map(input -> byItem(precheck.suggest(checklist, input, input.snapshotDate())))
                .orElse(Map.of());
        synchronized (recent) {
            recent.put(key, computed);
        }
        return computed;
    }

    private static Map<String, ItemSuggestion> byItem(List<ItemSuggestion> suggestions) {
        return suggestions.stream().collect(Collectors.toMap(ItemSuggestion::itemId, Function.identity(),
                (first, second) -> first, LinkedHashMap::new));
    }
}
