package se.webbgranskning.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import se.webbgranskning.scoring.Score;

/**
 * Inter-rater agreement for the double-reviewed sample of a review round: turns rating pairs on the checklist's
 * scale 0..maxPoints (plus "ej tillämpligt") into a {@link PairAgreement}. Group the pairs as needed — per round,
 * per item or per reviewer pair — and call {@link #of} once per group.
 */
public final class Agreement {

    private Agreement() {
    }

    /**
     * @param pairs     the rating pairs of one group
     * @param maxPoints the top of the checklist's scale (2 in Delindex 1); the scale is 0..maxPoints
     * @throws IllegalArgumentException if maxPoints &lt; 1 or a rating's points lie outside 0..maxPoints
     */
    public static PairAgreement of(List<RatingPair> pairs, int maxPoints) {
        Objects.requireNonNull(pairs, "pairs");
        if (maxPoints < 1) {
            throw new IllegalArgumentException("The scale must run from 0 to at least 1, got maximum " + maxPoints);
        }
        int exact = 0;
        int naDisagreements = 0;
        double[][] table = new double[maxPoints + 1][maxPoints + 1];
        List<List<Integer>> scoredUnits = new ArrayList<>();
        for (int index = 0; index < pairs.size(); index++) {
            RatingPair pair = Objects.requireNonNull(pairs.get(index), "pair " + index);
            requireOnScale(pair.first(), maxPoints, index);
            requireOnScale(pair.second(), maxPoints, index);
            if (pair.agrees()) {
                exact++;
            }
            if (pair.exactlyOneNotApplicable()) {
                naDisagreements++;
            }
            if (pair.bothScored()) {
                int first = ((Score.Points) pair.first()).value();
                int second = ((Score.Points) pair.second()).value();
                table[first][second]++;
                scoredUnits.add(List.of(first, second));
            }
        }
        return new PairAgreement(
                pairs.size(),
                exact,
                naDisagreements,
                scoredUnits.size(),
                WeightedKappa.of(table, WeightedKappa.Weighting.LINEAR),
                WeightedKappa.of(table, WeightedKappa.Weighting.QUADRATIC),
                KrippendorffAlpha.ordinal(scoredUnits));
    }

    private static void requireOnScale(Score score, int maxPoints, int pairIndex) {
        if (score instanceof Score.Points points && (points.value() < 0 || points.value() > maxPoints)) {
            throw new IllegalArgumentException("Rating pair " + pairIndex + ": " + points.value()
                    + " points is outside the scale 0.." + maxPoints);
        }
    }
}
