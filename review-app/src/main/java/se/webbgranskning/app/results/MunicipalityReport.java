package se.webbgranskning.app.results;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import se.webbgranskning.app.review.Evidence;
import se.webbgranskning.app.review.ReviewRound;
import se.webbgranskning.checklist.Area;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.checklist.Item;
import se.webbgranskning.scoring.MunicipalityRanking;

/**
 * One municipality's report: its Delindex 1 and ranks, each area against the national and size-class averages,
 * every item with its final score, evidence and the checklist's tip, and the change since an earlier round.
 */
public record MunicipalityReport(ReviewRound round, Checklist checklist, MunicipalityRanking.RankedEntry entry,
                                 int rankedCount, int sizeClassCount, List<AreaLine> areas, List<ItemLine> items,
                                 Optional<YearOnYear.Comparison> previous) {

    public MunicipalityReport {
        areas = List.copyOf(areas);
        items = List.copyOf(items);
    }

    /** An area's fulfilment in percent for this municipality and on average; empty where nothing applies. */
    public record AreaLine(Area area, Optional<Double> own, OptionalDouble national, OptionalDouble sizeClass) {
    }

    /**
     * An item's final score with the evidence the reviewers cited for it and, where it missed full points, good
     * examples from other municipalities.
     */
    public record ItemLine(Item item, FinalScore score, List<Evidence> evidence, List<GoodExamples.Example> examples) {
        public ItemLine {
            evidence = List.copyOf(evidence);
            examples = List.copyOf(examples);
        }

        /** Scored below the maximum (and applicable): where the tip is worth reading. */
        public boolean missed(int maxPoints) {
            return score.score() instanceof se.webbgranskning.scoring.Score.Points points && points.value() < maxPoints;
        }
    }

    public String kommunkod() {
        return entry.municipality().code();
    }

    public String name() {
        return entry.municipality().name();
    }
}
