package se.webbgranskning.scoring;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import se.webbgranskning.municipality.Municipality;
import se.webbgranskning.municipality.SizeClass;

/**
 * Ranks municipalities by Delindex 1, overall and within their size class. Size-class ranks are computed only
 * when every ranked municipality has a known population: with one unknown, any class could be missing a member,
 * so its ranks would be guesses.
 */
public final class MunicipalityRanking {

    public record Entry(Municipality municipality, Delindex1Result result) {
    }

    public record RankedEntry(Municipality municipality, Delindex1Result result, int rank, OptionalInt sizeClassRank) {
    }

    /** Ranked entries, best first, and the municipalities whose unknown size class stopped size-class ranking. */
    public record Table(List<RankedEntry> entries, List<Municipality> withoutSizeClass) {
        public boolean sizeClassRanksComputed() {
            return withoutSizeClass.isEmpty();
        }
    }

    private static final Comparator<Entry> BEST_FIRST =
            Comparator.comparing((Entry entry) -> entry.result().exactScore()).reversed();

    private MunicipalityRanking() {
    }

    public static Table rank(List<Entry> unordered) {
        // Sorting by code first makes the order among tied municipalities stable (the ranking sort is stable).
        List<Entry> entries = unordered.stream()
                .sorted(Comparator.comparing((Entry entry) -> entry.municipality().code()))
                .toList();
        List<Municipality> withoutSizeClass = entries.stream()
                .map(Entry::municipality)
                .filter(municipality -> municipality.sizeClass().isEmpty())
                .toList();
        Map<Entry, Integer> sizeClassRanks = new HashMap<>();
        if (withoutSizeClass.isEmpty()) {
            Map<SizeClass, List<Entry>> byClass = entries.stream()
                    .collect(Collectors.groupingBy(entry -> entry.municipality().sizeClass().orElseThrow()));
            byClass.values().forEach(group -> Ranking.competition(group, BEST_FIRST)
                    .forEach(ranked -> sizeClassRanks.put(ranked.entry(), ranked.rank())));
        }
        List<RankedEntry> ranked = Ranking.competition(entries, BEST_FIRST).stream()
                .map(overall -> new RankedEntry(
                        overall.entry().municipality(),
                        overall.entry().result(),
                        overall.rank(),
                        sizeClassRanks.containsKey(overall.entry())
                                ? OptionalInt.of(sizeClassRanks.get(overall.entry()))
                                : OptionalInt.empty()))
                .toList();
        return new Table(ranked, withoutSizeClass);
    }
}
