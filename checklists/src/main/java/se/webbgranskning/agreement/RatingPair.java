package se.webbgranskning.agreement;

import java.util.Objects;

import se.webbgranskning.scoring.Score;

/**
 * The two independent ratings of one item of one municipality: the first review and the blind second review.
 * Which reviewer is "first" matters only for weighted kappa, whose chance term uses each reviewer's own marginals.
 */
public record RatingPair(Score first, Score second) {

    public RatingPair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }

    /** Exact agreement: the same points, or both "ej tillämpligt". */
    public boolean agrees() {
        return first.equals(second);
    }

    /** Both reviewers gave points, so the pair takes part in kappa and alpha. */
    public boolean bothScored() {
        return first instanceof Score.Points && second instanceof Score.Points;
    }

    /** One reviewer found the item applicable and the other did not. */
    public boolean exactlyOneNotApplicable() {
        return (first instanceof Score.NotApplicable) != (second instanceof Score.NotApplicable);
    }
}
