package se.webbgranskning.app.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;

import org.jdbi.v3.core.Jdbi;

import se.webbgranskning.app.review.Evidence;
import se.webbgranskning.app.review.Review;
import se.webbgranskning.app.review.ReviewReads;
import se.webbgranskning.app.review.ReviewRound;
import se.webbgranskning.checklist.Area;
import se.webbgranskning.checklist.Item;
import se.webbgranskning.scoring.AreaFulfilment;
import se.webbgranskning.scoring.MunicipalityRanking;
import se.webbgranskning.scoring.Score;

/** Builds a municipality's report from a round's results. */
public final class Reports {

    private final Jdbi jdbi;
    private final RoundResults roundResults;
    private final GoodExamples goodExamples;
    private final YearOnYear yearOnYear;

    public Reports(Jdbi jdbi, RoundResults roundResults, GoodExamples goodExamples, YearOnYear yearOnYear) {
        this.jdbi = jdbi;
        this.roundResults = roundResults;
        this.goodExamples = goodExamples;
        this.yearOnYear = yearOnYear;
    }

    /**
     * The report, or empty while the municipality has no final result in the round. With
     * {@code publishedOnly} (a municipality user) it compares only with earlier rounds that are published.
     */
    public Optional<MunicipalityReport> report(ReviewRound round, String kommunkod, boolean publishedOnly) {
        RoundResults.Results results = roundResults.of(round);
        Optional<MunicipalityRanking.RankedEntry> found = results.entry(kommunkod);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MunicipalityRanking.RankedEntry entry = found.get();
        List<MunicipalityRanking.RankedEntry> all = results.table().entries();
        Predicate<MunicipalityRanking.RankedEntry> sameClass = other -> entry.municipality().sizeClass().isPresent()
                && other.municipality().sizeClass().equals(entry.municipality().sizeClass());
        List<MunicipalityReport.AreaLine> areas = new ArrayList<>();
        List<Area> checklistAreas = results.checklist().areas();
        for (int index = 0; index < checklistAreas.size(); index++) {
            int at = index;
            areas.add(new MunicipalityReport.AreaLine(checklistAreas.get(index),
                    entry.result().areas().get(at).percent(),
                    average(all, at, e -> true), average(all, at, sameClass)));
        }
        Map<String, List<Evidence>> evidence = evidence(round, kommunkod);
        MunicipalityOutcome outcome = results.outcomes().get(kommunkod);
        int max = results.checklist().scale().maxValue();
        List<String> missed = results.checklist().items().stream().map(Item::id)
                .filter(id -> outcome.scores().get(id).score() instanceof Score.Points points && points.value() < max)
                .toList();
        Map<String, List<GoodExamples.Example>> examples = goodExamples.forMissedItems(results, kommunkod, missed);
        List<MunicipalityReport.ItemLine> items = results.checklist().items().stream()
                .map(item -> new MunicipalityReport.ItemLine(item, outcome.scores().get(item.id()),
                        evidence.getOrDefault(item.id(), List.of()), examples.getOrDefault(item.id(), List.of())))
                .toList();
        int sizeClassCount = (int) all.stream().filter(sameClass).count();
        return Optional.of(new MunicipalityReport(round, results.checklist(), entry, all.size(), sizeClassCount,
                areas, items, yearOnYear.compare(round, outcome, publishedOnly)));
    }

    private static OptionalDouble average(List<MunicipalityRanking.RankedEntry> entries, int areaIndex,
                                          Predicate<MunicipalityRanking.RankedEntry> included) {
        return entries.stream().filter(included)
                .map(e -> e.result().areas().get(areaIndex))
                .map(AreaFulfilment::percent)
                .flatMap(Optional::stream)
                .mapToDouble(Double::doubleValue)
                .average();
    }

    /** The passages both reviews cited, by item, without repeating a passage both cited. */
    private Map<String, List<Evidence>> evidence(ReviewRound round, String kommunkod) {
        return jdbi.withHandle(handle -> {
            Map<String, List<Evidence>> byItem = new LinkedHashMap<>();
            for (String kind : List.of(Review.FIRST, Review.SECOND)) {
                ReviewReads.review(handle, round.reviewRoundId(), kommunkod, kind).ifPresent(review ->
                        ReviewReads.evidence(handle, review.reviewId()).forEach(cited -> {
                            List<Evidence> list = byItem.computeIfAbsent(cited.itemId(), item -> new ArrayList<>());
                            if (list.stream().noneMatch(e -> e.pageId() == cited.pageId()
                                    && Objects.equals(e.quote(), cited.quote()))) {
                                list.add(cited);
                            }
                        }));
            }
            return byItem;
        });
    }
}
