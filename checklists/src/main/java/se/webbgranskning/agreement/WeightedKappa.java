package se.webbgranskning.agreement;

import java.util.OptionalDouble;

/**
 * Cohen's weighted kappa (Cohen 1968, "Weighted kappa: nominal scale agreement with provision for scaled
 * disagreement or partial credit", Psychological Bulletin 70(4)) for two raters, from their k×k contingency table:
 *
 * <pre>  κw = 1 − Σ v_ij·p_ij / Σ v_ij·p_i.·p_.j</pre>
 *
 * where p_ij is the share of units the first rater put in category i and the second in j, p_i. and p_.j are the
 * raters' own marginal shares, and v_ij ≥ 0 is the disagreement weight of the cell. The weights only matter up to
 * a common factor, so linear |i−j| and |i−j|/(k−1) give the same kappa; this form is equivalent to the agreement
 * weights 1 − v_ij used in many textbooks.
 */
public final class WeightedKappa {

    /** The two standard disagreement weightings for an ordinal scale. */
    public enum Weighting {
        /** v_ij = |i−j| / (k−1) (Cicchetti–Allison). */
        LINEAR,
        /** v_ij = ((i−j) / (k−1))² (Fleiss–Cohen). */
        QUADRATIC;

        /** The k×k disagreement weights for k ordered categories. */
        public double[][] disagreementWeights(int categories) {
            if (categories < 2) {
                throw new IllegalArgumentException("A weighted kappa needs at least 2 categories, got " + categories);
            }
            double[][] weights = new double[categories][categories];
            for (int i = 0; i < categories; i++) {
                for (int j = 0; j < categories; j++) {
                    double distance = Math.abs(i - j) / (double) (categories - 1);
                    weights[i][j] = this == LINEAR ? distance : distance * distance;
                }
            }
            return weights;
        }
    }

    private WeightedKappa() {
    }

    /**
     * Weighted kappa with a standard weighting.
     *
     * @param table counts (or proportions): row = first rater's category, column = second rater's
     * @return empty when the table is empty or the expected disagreement is zero (kappa would be 0/0)
     */
    public static OptionalDouble of(double[][] table, Weighting weighting) {
        requireSquare(table, "table");
        return withDisagreementWeights(table, weighting.disagreementWeights(table.length));
    }

    /**
     * Weighted kappa with any disagreement weights, as in Cohen (1968); the weights need not be symmetric.
     *
     * @param table   counts (or proportions), non-negative: row = first rater's category, column = second rater's
     * @param weights disagreement weights v_ij ≥ 0, same size as the table
     * @return empty when the table is empty or the expected disagreement is zero (kappa would be 0/0)
     */
    public static OptionalDouble withDisagreementWeights(double[][] table, double[][] weights) {
        requireSquare(table, "table");
        requireSquare(weights, "weights");
        int k = table.length;
        if (weights.length != k) {
            throw new IllegalArgumentException("Table is " + k + "×" + k + " but weights are " + weights.length
                    + "×" + weights.length);
        }
        double total = 0;
        double[] rowTotals = new double[k];
        double[] columnTotals = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double cell = table[i][j];
                if (!(cell >= 0) || Double.isInfinite(cell)) {
                    throw new IllegalArgumentException("Table cell [" + i + "][" + j + "] must be a finite count ≥ 0, got " + cell);
                }
                if (!(weights[i][j] >= 0) || Double.isInfinite(weights[i][j])) {
                    throw new IllegalArgumentException("Weight [" + i + "][" + j + "] must be finite and ≥ 0, got " + weights[i][j]);
                }
                total += cell;
                rowTotals[i] += cell;
                columnTotals[j] += cell;
            }
        }
        if (total == 0) {
            return OptionalDouble.empty();
        }
        double observed = 0;
        double expected = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                observed += weights[i][j] * table[i][j] / total;
                expected += weights[i][j] * (rowTotals[i] / total) * (columnTotals[j] / total);
            }
        }
        // No disagreement is possible by chance (e.g. both raters always used one and the same category):
        // kappa is 0/0, which we report as undefined rather than as NaN or as a made-up 1.
        if (expected == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(1 - observed / expected);
    }

    private static void requireSquare(double[][] matrix, String name) {
        if (matrix.length == 0) {
            throw new IllegalArgumentException(name + " must have at least one category");
        }
        for (double[] row : matrix) {
            if (row.length != matrix.length) {
                throw new IllegalArgumentException(name + " must be square, got a row of " + row.length
                        + " in a " + matrix.length + "-row matrix");
            }
        }
    }
}
