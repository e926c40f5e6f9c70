package se.webbgranskning.agreement;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How well two reviewers agreed over a set of {@link RatingPair}s (one item, one reviewer pair or one round).
 *
 * <p>Exact agreement counts every pair: "ej tillämpligt" on both sides is an agreement, "ej tillämpligt" against
 * points is a disagreement (also counted in {@code naDisagreements}). The chance-corrected statistics — Cohen's
 * weighted kappa with linear and quadratic weights and Krippendorff's ordinal alpha — are computed only over the
 * {@code scoredPairs} where both reviewers gave points: "ej tillämpligt" is not a point on the ordinal scale, so it
 * has no distance to 0, 1 or 2, and n/a disagreements are reported separately instead. Each statistic is empty
 * when it is undefined: no scored pairs, or no expected disagreement (for example every rating the same, where
 * kappa would be 0/0). They are never NaN.
 *
 * @param pairs            all rating pairs
 * @param exactAgreements  pairs with identical ratings, n/a == n/a included
 * @param naDisagreements  pairs where exactly one reviewer said "ej tillämpligt"
 * @param scoredPairs      pairs where both reviewers gave points
 * @param linearKappa      Cohen's weighted kappa, weights |i−j|/max, over the scored pairs
 * @param quadraticKappa   Cohen's weighted kappa, weights ((i−j)/max)², over the scored pairs
 * @param ordinalAlpha     Krippendorff's alpha with the ordinal metric, over the scored pairs
 */
public record PairAgreement(
        int pairs,
        int exactAgreements,
        int naDisagreements,
        int scoredPairs,
        OptionalDouble linearKappa,
        OptionalDouble quadraticKappa,
        OptionalDouble ordinalAlpha) {

    public PairAgreement {
        if (pairs < 0 || exactAgreements < 0 || naDisagreements < 0 || scoredPairs < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
        if (exactAgreements > pairs || naDisagreements + scoredPairs > pairs) {
            throw new IllegalArgumentException("Counts do not add up to " + pairs + " pairs");
        }
        Objects.requireNonNull(linearKappa, "linearKappa");
        Objects.requireNonNull(quadraticKappa, "quadraticKappa");
        Objects.requireNonNull(ordinalAlpha, "ordinalAlpha");
    }

    /** Exact agreements as a percentage (0–100) of all pairs; empty when there are no pairs. */
    public OptionalDouble exactAgreementPercent() {
        return pairs == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * exactAgreements / pairs);
    }
}
