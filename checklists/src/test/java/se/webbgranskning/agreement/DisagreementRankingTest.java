package se.webbgranskning.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.webbgranskning.agreement.AgreementTest.points;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.webbgranskning.scoring.Score;

class DisagreementRankingTest {

    @Test
    void lowestExactAgreementFirstThenMorePairsThenItemId() {
        Map<String, List<RatingPair>> pairsByItem = Map.of(
                "A1", List.of(points(2, 2), points(1, 1)),                                  // 100 %, 2 pairs
                "B4", List.of(points(0, 1), points(2, 2)),                                  // 50 %, 2 pairs
                "C2", List.of(points(0, 1), points(2, 2), points(1, 2), points(0, 0)),      // 50 %, 4 pairs
                "D3", List.of(points(0, 2), new RatingPair(Score.notApplicable(), Score.points(1))), // 0 %
                "E1", List.of(points(1, 0), points(2, 2)),                                  // 50 %, 2 pairs
                "F6", List.of());                                                           // no pairs

        List<ItemAgreement> ranked = DisagreementRanking.rank(pairsByItem, 2);

        assertThat(ranked).extracting(ItemAgreement::itemId).containsExactly("D3", "C2", "B4", "E1", "A1", "F6");
        assertThat(ranked.get(0).agreement().naDisagreements()).isEqualTo(1);
    }

    @Test
    void offScaleRatingsAreRejectedHereToo() {
        assertThatThrownBy(() -> DisagreementRanking.rank(Map.of("A1", List.of(points(0, 5))), 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
