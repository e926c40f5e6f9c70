package se.webbgranskning.agreement;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * Krippendorff's alpha by the coincidence-matrix method of Krippendorff (2011), "Computing Krippendorff's
 * Alpha-Reliability" (Annenberg School for Communication, University of Pennsylvania):
 *
 * <pre>  α = 1 − D_o / D_e,   D_o = (1/n) Σ o_ck δ²_ck,   D_e = 1/(n(n−1)) Σ n_c n_k δ²_ck</pre>
 *
 * Each unit lists the values its coders gave; a coder who did not rate the unit is simply absent, so any number
 * of coders and missing values are allowed. Every ordered pair of values from different coders within a unit adds
 * 1/(m_u − 1) to the coincidence o_ck, where m_u is the number of values in the unit. Units with fewer than two
 * values have no pairs and are dropped; n is the number of pairable values left and n_c the coincidence marginals.
 */
public final class KrippendorffAlpha {

    private KrippendorffAlpha() {
    }

    /** Alpha with the ordinal metric: the distance between two ranks grows with how many values lie between them. */
    public static OptionalDouble ordinal(List<List<Integer>> units) {
        return alpha(units, Metric.ORDINAL);
    }

    /** Alpha with the nominal metric: any two different values are equally far apart. */
    public static OptionalDouble nominal(List<List<Integer>> units) {
        return alpha(units, Metric.NOMINAL);
    }

    /** Alpha with the interval metric: δ² = (c − k)². */
    public static OptionalDouble interval(List<List<Integer>> units) {
        return alpha(units, Metric.INTERVAL);
    }

    private enum Metric {
        NOMINAL, ORDINAL, INTERVAL;

        /**
         * δ² between the values at positions c and k of the sorted distinct values.
         * Ordinal (Krippendorff 2011): (Σ_{g=c..k} n_g − (n_c + n_k)/2)²; values nobody used add nothing to the
         * sum, so running over the values present is enough.
         */
        double squaredDistance(int c, int k, int[] values, double[] marginals) {
            if (c == k) {
                return 0;
            }
            return switch (this) {
                case NOMINAL -> 1;
                case INTERVAL -> Math.pow(values[c] - values[k], 2);
                case ORDINAL -> {
                    int low = Math.min(c, k);
                    int high = Math.max(c, k);
                    double between = 0;
                    for (int g = low; g <= high; g++) {
                        between += marginals[g];
                    }
                    yield Math.pow(between - (marginals[low] + marginals[high]) / 2, 2);
                }
            };
        }
    }

    private static OptionalDouble alpha(List<List<Integer>> units, Metric metric) {
        Objects.requireNonNull(units, "units");
        int[] values = distinctPairableValues(units);
        int size = values.length;
        double[][] coincidences = new double[size][size];
        for (List<Integer> unit : units) {
            int m = unit.size();
            if (m < 2) {
                continue;
            }
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    if (a != b) {
                        coincidences[indexOf(values, unit.get(a))][indexOf(values, unit.get(b))] += 1.0 / (m - 1);
                    }
                }
            }
        }
        double[] marginals = new double[size];
        double n = 0;
        for (int c = 0; c < size; c++) {
            for (int k = 0; k < size; k++) {
                marginals[c] += coincidences[c][k];
            }
            n += marginals[c];
        }
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < size; c++) {
            for (int k = 0; k < size; k++) {
                double distance = metric.squaredDistance(c, k, values, marginals);
                observed += coincidences[c][k] * distance;
                expected += marginals[c] * marginals[k] * distance;
            }
        }
        // With no pairable values, or only one value in use, there is no variation for coders to agree on:
        // alpha is undefined (0/0), reported as empty rather than NaN.
        if (n < 2 || expected == 0) {
            return OptionalDouble.empty();
        }
        observed /= n;
        expected /= n * (n - 1);
        return OptionalDouble.of(1 - observed / expected);
    }

    /** The sorted distinct values of units with at least two values; rejects null values. */
    private static int[] distinctPairableValues(List<List<Integer>> units) {
        TreeSet<Integer> values = new TreeSet<>();
        for (List<Integer> unit : units) {
            Objects.requireNonNull(unit, "unit");
            for (Integer value : unit) {
                Objects.requireNonNull(value, "A missing rating is left out of its unit, not given as null");
            }
            if (unit.size() >= 2) {
                values.addAll(unit);
            }
        }
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int indexOf(int[] sortedValues, int value) {
        return Arrays.binarySearch(sortedValues, value);
    }
}
