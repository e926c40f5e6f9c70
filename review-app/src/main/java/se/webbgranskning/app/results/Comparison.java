package se.webbgranskning.app.results;

import java.util.List;
import java.util.Optional;

import se.webbgranskning.app.review.Evidence;
import se.webbgranskning.app.review.ItemAnswer;
import se.webbgranskning.app.review.Review;
import se.webbgranskning.app.review.ReviewRound;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.checklist.Item;

/** A double-reviewed municipality's two reviews side by side, item by item, with the outcome so far. */
public record Comparison(ReviewRound round, Checklist checklist, String kommunkod, String municipalityName,
                         Review first, String firstReviewer, Review second, String secondReviewer,
                         MunicipalityOutcome outcome, List<ItemComparison> items) {

    public Comparison {
        items = List.copyOf(items);
    }

    /** One item: both answers and their evidence, the final score if there is one, and any earlier decision. */
    public record ItemComparison(Item item, ItemAnswer first, ItemAnswer second, List<Evidence> firstEvidence,
                                 List<Evidence> secondEvidence, Optional<FinalScore> finalScore,
                                 Optional<Adjudication> decision) {

        public boolean agreed() {
            return first.scored() && first.score().equals(second.score());
        }

        /** A decision was made for other scores than the reviews hold now (one was changed after a reopen). */
        public boolean decisionStale() {
            return decision.isPresent() && finalScore.isEmpty();
        }

        public boolean open() {
            return finalScore.isEmpty();
        }
    }

    public long openCount() {
        return items.stream().filter(ItemComparison::open).count();
    }

    public long agreedCount() {
        return items.stream().filter(ItemComparison::agreed).count();
    }

    public boolean bothSubmitted() {
        return first.submitted() && second.submitted();
    }
}
