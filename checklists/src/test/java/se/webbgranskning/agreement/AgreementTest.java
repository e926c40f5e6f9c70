package se.webbgranskning.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.webbgranskning.scoring.Score;

class AgreementTest {

    private static final int MAX = 2;
    private static final Score NA = Score.notApplicable();

    @Test
    void notApplicableOnBothSidesIsAgreementButTakesNoPartInKappaOrAlpha() {
        PairAgreement result = Agreement.of(List.of(pair(NA, NA), pair(NA, NA), pair(NA, NA)), MAX);

        assertThat(result.pairs()).isEqualTo(3);
        assertThat(result.exactAgreements()).isEqualTo(3);
        assertThat(result.exactAgreementPercent()).hasValue(100.0);
        assertThat(result.naDisagreements()).isZero();
        assertThat(result.scoredPairs()).isZero();
        assertThat(result.linearKappa()).isEmpty();
        assertThat(result.quadraticKappa()).isEmpty();
        assertThat(result.ordinalAlpha()).isEmpty();
    }

    @Test
    void noPairsGiveNoPercentage() {
        PairAgreement result = Agreement.of(List.of(), MAX);

        assertThat(result.pairs()).isZero();
        assertThat(result.exactAgreementPercent()).isEmpty();
        assertThat(result.linearKappa()).isEmpty();
    }

    @Test
    void identicalRatingsLeaveKappaAndAlphaUndefinedNotNaN() {
        PairAgreement result = Agreement.of(List.of(points(1, 1), points(1, 1), points(1, 1), points(1, 1)), MAX);

        assertThat(result.exactAgreementPercent()).hasValue(100.0);
        assertThat(result.linearKappa()).isEmpty();
        assertThat(result.quadraticKappa()).isEmpty();
        assertThat(result.ordinalAlpha()).isEmpty();
    }

    @Test
    void perfectAgreementWithVarianceIsOne() {
        PairAgreement result = Agreement.of(List.of(points(0, 0), points(1, 1), points(2, 2), points(2, 2)), MAX);

        assertThat(result.linearKappa()).hasValue(1.0);
        assertThat(result.quadraticKappa()).hasValue(1.0);
        assertThat(result.ordinalAlpha()).hasValue(1.0);
    }

    /**
     * Reviewers always at opposite ends. By hand: rows = columns = (2, 0, 2), every pair at weight 1, so the
     * observed disagreement is 1 and the expected is (2·2 + 2·2)/16 = 1/2: κ = 1 − 2 = −1 for both weightings.
     * Alpha: n = 8, n_0 = n_2 = 4, D_o = δ², D_e = 2·4·4·δ²/(8·7) = 4δ²/7, α = 1 − 7/4 = −0.75.
     */
    @Test
    void systematicDisagreementIsNegative() {
        PairAgreement result = Agreement.of(List.of(points(0, 2), points(2, 0), points(0, 2), points(2, 0)), MAX);

        assertThat(result.exactAgreements()).isZero();
        assertThat(result.linearKappa()).hasValueCloseTo(-1.0, within(1e-12));
        assertThat(result.quadraticKappa()).hasValueCloseTo(-1.0, within(1e-12));
        assertThat(result.ordinalAlpha()).hasValueCloseTo(-0.75, within(1e-12));
    }

    @Test
    void notApplicableAgainstPointsIsCountedAsADisagreementAndLeftOutOfKappa() {
        PairAgreement mixed = Agreement.of(List.of(
                pair(NA, Score.points(1)), pair(Score.points(2), NA), pair(NA, NA),
                points(0, 0), points(2, 2), points(0, 1)), MAX);
        PairAgreement scoredOnly = Agreement.of(List.of(points(0, 0), points(2, 2), points(0, 1)), MAX);

        assertThat(mixed.pairs()).isEqualTo(6);
        assertThat(mixed.exactAgreements()).isEqualTo(3);
        assertThat(mixed.exactAgreementPercent()).hasValue(50.0);
        assertThat(mixed.naDisagreements()).isEqualTo(2);
        assertThat(mixed.scoredPairs()).isEqualTo(3);
        assertThat(mixed.linearKappa()).isEqualTo(scoredOnly.linearKappa()).isPresent();
        assertThat(mixed.quadraticKappa()).isEqualTo(scoredOnly.quadraticKappa()).isPresent();
        assertThat(mixed.ordinalAlpha()).isEqualTo(scoredOnly.ordinalAlpha()).isPresent();
    }

    @Test
    void pointsOutsideTheScaleAreRejected() {
        assertThatThrownBy(() -> Agreement.of(List.of(points(0, 0), points(1, 3)), MAX))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 points")
                .hasMessageContaining("0..2")
                .hasMessageContaining("pair 1");
        assertThatThrownBy(() -> Agreement.of(List.of(points(-1, 0)), MAX))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1 points");
        assertThatThrownBy(() -> Agreement.of(List.of(points(0, 0)), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }

    @Test
    void aPairNeedsBothRatings() {
        assertThatThrownBy(() -> new RatingPair(Score.points(1), null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new RatingPair(null, NA)).isInstanceOf(NullPointerException.class);
    }

    static RatingPair points(int first, int second) {
        return new RatingPair(Score.points(first), Score.points(second));
    }

    private static RatingPair pair(Score first, Score second) {
        return new RatingPair(first, second);
    }
}
