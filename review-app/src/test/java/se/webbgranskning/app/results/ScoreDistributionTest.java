package se.webbgranskning.app.results;

import static org.assertj.core.api.Assertions.assertThat;
import static se.webbgranskning.app.results.HandMadeResults.NA;
import static se.webbgranskning.app.results.HandMadeResults.points;

import java.util.List;
import java.util.Map;

import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import se.webbgranskning.app.scoring.Numbers;

class ScoreDistributionTest {

    /** Area F (weight 10 of 100) full, everything else 0: exactly 10.0. */
    private static final Map<String, se.webbgranskning.scoring.Score> ONLY_F = Map.of("F1", points(2),
            "F2", points(2), "F3", points(2), "F4", points(2), "F5", points(2), "F6", points(2));
    /** 15 × 3/8 + 20 × 1/10 + 15 × 1/10 + 10 × 1/12 = 9.958…, displayed as 10,0. */
    private static final Map<String, se.webbgranskning.scoring.Score> JUST_UNDER_TEN = Map.of("A1", points(2),
            "A2", points(1), "A3", NA, "C1", points(1), "E1", points(1), "F1", points(1));

    private static List<Integer> counts(ScoreDistribution distribution) {
        return distribution.bins().stream().map(ScoreDistribution.Bin::count).toList();
    }

    @Test
    void zeroFallsInTheFirstBinAndExactlyTenInTheSecond() {
        ScoreDistribution distribution = ScoreDistribution.of(new HandMadeResults()
                .add("0001", 5_000, 0)
                .add("0002", 5_000, 0, ONLY_F)
                .build());

        assertThat(distribution.scores()).containsExactly(BigFraction.ZERO, BigFraction.of(10));
        assertThat(counts(distribution)).containsExactly(1, 1, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void aHundredFallsInTheLastBinTogetherWithNinety() {
        Map<String, se.webbgranskning.scoring.Score> noF = Map.of("F1", points(0), "F2", points(0),
                "F3", points(0), "F4", points(0), "F5", points(0), "F6", points(0));
        ScoreDistribution distribution = ScoreDistribution.of(new HandMadeResults()
                .add("0001", 5_000, 2)
                .add("0002", 5_000, 2, noF)
                .build());

        assertThat(distribution.scores()).containsExactly(BigFraction.of(90), BigFraction.of(100));
        assertThat(counts(distribution)).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 2);
    }

    @Test
    void theExactScoreDecidesTheBinNotTheRoundedOne() {
        ScoreDistribution distribution = ScoreDistribution.of(new HandMadeResults()
                .add("0001", 5_000, 0, JUST_UNDER_TEN)
                .build());

        BigFraction score = distribution.scores().get(0);
        assertThat(Numbers.swedish(score, 1)).isEqualTo("10,0");
        assertThat(score).isLessThan(BigFraction.of(10));
        assertThat(counts(distribution)).containsExactly(1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void theBinsSayWhichEdgeTheyInclude() {
        List<ScoreDistribution.Bin> bins = ScoreDistribution.of(new HandMadeResults().build()).bins();

        assertThat(bins).extracting(ScoreDistribution.Bin::label)
                .containsExactly("0–10", "10–20", "20–30", "30–40", "40–50", "50–60", "60–70", "70–80", "80–90",
                        "90–100");
        assertThat(bins.get(1).description()).isEqualTo("10 till under 20");
        assertThat(bins.get(9).description()).isEqualTo("90 till och med 100");
    }

    @Test
    void theMedianOfAnOddCountIsTheMiddleScoreAndTheMeanIsExact() {
        ScoreDistribution distribution = ScoreDistribution.of(new HandMadeResults()
                .add("0001", 5_000, 2)
                .add("0002", 5_000, 0)
                .add("0003", 5_000, 0, ONLY_F)
                .build());

        assertThat(distribution.median()).contains(BigFraction.of(10));
        assertThat(distribution.mean()).contains(BigFraction.of(110, 3));
        assertThat(Numbers.swedish(distribution.mean().orElseThrow(), 1)).isEqualTo("36,7");
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleScores() {
        ScoreDistribution distribution = ScoreDistribution.of(new HandMadeResults()
                .add("0001", 5_000, 2)
                .add("0002", 5_000, 2)
                .add("0003", 5_000, 0)
                .add("0004", 5_000, 0, ONLY_F)
                .build());

        assertThat(distribution.median()).contains(BigFraction.of(55));
        assertThat(distribution.mean()).contains(BigFraction.of(105, 2));
        assertThat(distribution.percentOf(distribution.bins().get(9))).isEqualTo(50.0);
    }

    @Test
    void noFinalMunicipalitiesGiveEmptyBinsAndNoMeanOrMedian() {
        ScoreDistribution distribution = ScoreDistribution.of(new HandMadeResults().build());

        assertThat(distribution.isEmpty()).isTrue();
        assertThat(distribution.total()).isZero();
        assertThat(counts(distribution)).containsOnly(0).hasSize(10);
        assertThat(distribution.mean()).isEmpty();
        assertThat(distribution.median()).isEmpty();
        assertThat(distribution.maxCount()).isZero();
    }
}
