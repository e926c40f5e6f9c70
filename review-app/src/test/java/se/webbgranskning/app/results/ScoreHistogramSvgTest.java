package se.webbgranskning.app.results;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreHistogramSvgTest {

    @Test
    void theValueAxisUsesAtMostFiveRoundSteps() {
        assertThat(ScoreHistogramSvg.step(0)).isEqualTo(1);
        assertThat(ScoreHistogramSvg.step(5)).isEqualTo(1);
        assertThat(ScoreHistogramSvg.step(6)).isEqualTo(2);
        assertThat(ScoreHistogramSvg.step(11)).isEqualTo(5);
        assertThat(ScoreHistogramSvg.step(290)).isEqualTo(100);
    }

    @Test
    void barsStandOnTheAxisWithHeightsInProportionToTheirCounts() {
        ScoreDistribution distribution = ScoreDistribution.of(new HandMadeResults()
                .add("0001", 5_000, 2)
                .add("0002", 5_000, 2)
                .add("0003", 5_000, 0)
                .build());

        ScoreHistogramSvg svg = ScoreHistogramSvg.of(distribution);

        assertThat(svg.axisMax()).isEqualTo(2);
        assertThat(svg.ticks()).extracting(ScoreHistogramSvg.Tick::value).containsExactly(0, 1, 2);
        ScoreHistogramSvg.Bar full = svg.bars().get(9);
        ScoreHistogramSvg.Bar half = svg.bars().get(0);
        assertThat(full.height()).isEqualTo(ScoreHistogramSvg.PLOT_HEIGHT);
        assertThat(half.height()).isEqualTo(ScoreHistogramSvg.PLOT_HEIGHT / 2.0);
        assertThat(full.y() + full.height()).isEqualTo(ScoreHistogramSvg.BASELINE);
        assertThat(svg.bars().get(5).height()).isZero();
        assertThat(full.x() + full.width()).isLessThanOrEqualTo(ScoreHistogramSvg.WIDTH - ScoreHistogramSvg.RIGHT);
        assertThat(half.x()).isGreaterThanOrEqualTo(ScoreHistogramSvg.LEFT);
    }

    @Test
    void anEmptyDistributionStillDrawsAnAxisFromZeroToOne() {
        ScoreHistogramSvg svg = ScoreHistogramSvg.of(ScoreDistribution.of(new HandMadeResults().build()));

        assertThat(svg.axisMax()).isEqualTo(1);
        assertThat(svg.bars()).hasSize(10).allSatisfy(bar -> assertThat(bar.height()).isZero());
    }
}
