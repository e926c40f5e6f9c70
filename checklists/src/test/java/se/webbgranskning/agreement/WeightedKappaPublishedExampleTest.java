package se.webbgranskning.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import se.webbgranskning.agreement.WeightedKappa.Weighting;

/** Weighted kappa against published worked examples, plus small tables derived by hand. */
class WeightedKappaPublishedExampleTest {

    /**
     * Cohen, J. (1968), "Weighted kappa: nominal scale agreement with provision for scaled disagreement or partial
     * credit", Psychological Bulletin 70(4), 213–220: the table of proportions for two judges and three diagnostic
     * categories, with his disagreement weights. Cohen reports κ = .492 (unweighted), κw = .348 with the symmetric
     * weights and κw = .353 with the asymmetric ones. (Table and weights as reproduced in the documentation of
     * the R package psych, function cohen.kappa.)
     */
    private static final double[][] COHEN_1968 = {
            {0.44, 0.07, 0.09},
            {0.05, 0.20, 0.05},
            {0.01, 0.03, 0.06},
    };

    @Test
    void cohen1968UnweightedKappaIs0492() {
        double[][] nominal = {{0, 1, 1}, {1, 0, 1}, {1, 1, 0}};
        assertThat(WeightedKappa.withDisagreementWeights(COHEN_1968, nominal)).hasValueCloseTo(0.492, within(0.0005));
    }

    @Test
    void cohen1968WeightedKappaWithSymmetricWeightsIs0348() {
        double[][] weights = {{0, 1, 3}, {1, 0, 6}, {3, 6, 0}};
        assertThat(WeightedKappa.withDisagreementWeights(COHEN_1968, weights)).hasValueCloseTo(0.348, within(0.0005));
    }

    @Test
    void cohen1968WeightedKappaWithAsymmetricWeightsIs0353() {
        double[][] weights = {{0, 1, 4}, {1, 0, 6}, {2, 2, 0}};
        assertThat(WeightedKappa.withDisagreementWeights(COHEN_1968, weights)).hasValueCloseTo(0.353, within(0.0005));
    }

    /**
     * Altman, D. G. (1991), Practical Statistics for Medical Research, Chapman &amp; Hall, section 14.3, Table 14.2:
     * two radiologists classify 85 xeromammograms (Boyd et al. 1982) as normal, benign, suspected cancer, cancer.
     * Altman reports κ = 0.47 and, with the linear weights 1 − |i−j|/(g−1) of section 14.3.4, κw = 0.57.
     */
    private static final double[][] ALTMAN_RADIOLOGISTS = {
            {21, 12, 0, 0},
            {4, 17, 1, 0},
            {3, 9, 15, 2},
            {0, 0, 0, 1},
    };

    /**
     * Altman (1991), Table 14.3: MAST against RAST allergy tests on 363 sera (Brostoff et al. 1984), five ordered
     * classes. Altman reports κ = 0.32 and linear-weighted κw = 0.56.
     */
    private static final double[][] ALTMAN_MAST_RAST = {
            {86, 3, 14, 0, 2},
            {26, 0, 10, 4, 0},
            {20, 2, 22, 4, 1},
            {11, 1, 37, 16, 14},
            {3, 0, 15, 24, 48},
    };

    @Test
    void altmanRadiologistsLinearWeightedKappaIs057() {
        assertThat(WeightedKappa.of(ALTMAN_RADIOLOGISTS, Weighting.LINEAR)).hasValueCloseTo(0.57, within(0.005));
        assertThat(WeightedKappa.withDisagreementWeights(ALTMAN_RADIOLOGISTS, nominalWeights(4)))
                .hasValueCloseTo(0.47, within(0.005));
    }

    @Test
    void altmanMastRastLinearWeightedKappaIs056() {
        assertThat(WeightedKappa.of(ALTMAN_MAST_RAST, Weighting.LINEAR)).hasValueCloseTo(0.56, within(0.005));
        assertThat(WeightedKappa.withDisagreementWeights(ALTMAN_MAST_RAST, nominalWeights(5)))
                .hasValueCloseTo(0.32, within(0.005));
    }

    /**
     * Derived by hand; we found no published quadratic example we could check, so quadratic weights are also
     * cross-checked against dkpro in {@link DkproCrossCheckTest}. Four units on 0..2: (0,0), (0,1), (1,1), (2,2).
     * Rows r = (2,1,1), columns c = (1,2,1), N = 4.
     * Quadratic v = (0, 1/4, 1): observed Σ f·v / N = (1/4)/4 = 1/16; expected Σ r_i c_j v_ij / N² =
     * (2·2/4 + 2·1·1 + 1·1/4 + 1·1/4 + 1·1·1 + 1·2/4)/16 = 5/16; κq = 1 − 1/5 = 0.8.
     * Linear v = (0, 1/2, 1): observed (1/2)/4 = 2/16; expected (2 + 2 + 1/2 + 1/2 + 1 + 1)/16 = 7/16; κl = 5/7.
     */
    @Test
    void smallTableDerivedByHand() {
        double[][] table = {{1, 1, 0}, {0, 1, 0}, {0, 0, 1}};
        assertThat(WeightedKappa.of(table, Weighting.QUADRATIC)).hasValueCloseTo(0.8, within(1e-12));
        assertThat(WeightedKappa.of(table, Weighting.LINEAR)).hasValueCloseTo(5.0 / 7, within(1e-12));
    }

    @Test
    void standardWeightsAreScaledToOneAtTheEnds() {
        assertThat(Weighting.LINEAR.disagreementWeights(3)[0]).containsExactly(0, 0.5, 1);
        assertThat(Weighting.QUADRATIC.disagreementWeights(3)[0]).containsExactly(0, 0.25, 1);
    }

    @Test
    void emptyTableAndSingleCategoryInUseAreUndefined() {
        assertThat(WeightedKappa.of(new double[3][3], Weighting.LINEAR)).isEmpty();
        assertThat(WeightedKappa.of(new double[][] {{0, 0, 0}, {0, 7, 0}, {0, 0, 0}}, Weighting.QUADRATIC)).isEmpty();
    }

    @Test
    void rejectsMalformedInput() {
        assertThatThrownBy(() -> WeightedKappa.of(new double[][] {{1, 2}, {3}}, Weighting.LINEAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("square");
        assertThatThrownBy(() -> WeightedKappa.of(new double[][] {{1, -2}, {3, 4}}, Weighting.LINEAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0][1]");
        assertThatThrownBy(() -> WeightedKappa.withDisagreementWeights(new double[2][2], nominalWeights(3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights");
    }

    private static double[][] nominalWeights(int categories) {
        double[][] weights = new double[categories][categories];
        for (int i = 0; i < categories; i++) {
            for (int j = 0; j < categories; j++) {
                weights[i][j] = i == j ? 0 : 1;
            }
        }
        return weights;
    }
}
