package se.webbgranskning.app.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * How a round's Delindex 1 scores spread over the final municipalities: ten bins of 10 points, with the mean and
 * the median.
 *
 * <p>Bins use the exact score, the same value the ranking compares, not the one-decimal display: a bin holds
 * scores from its lower edge (inclusive) to its upper edge (exclusive), so exactly 10.0 falls in 10–20. The last
 * bin is closed at both ends, since no score exceeds 100: 100.0 falls in 90–100. A score of 9.97 therefore
 * counts in 0–10 although it is displayed as 10,0; counting by the rounded figure would move municipalities
 * between bins depending on how many decimals are shown.
 *
 * @param bins   the ten bins, lowest first
 * @param scores every final municipality's exact score, lowest first
 */
public record ScoreDistribution(List<Bin> bins, List<BigFraction> scores) {

    static final int BIN_WIDTH = 10;
    static final int BIN_COUNT = 10;
    private static final BigFraction TWO = BigFraction.of(2);

    /** One bar of the histogram: the municipalities scoring from {@code lower} up to {@code upper}. */
    public record Bin(int lower, int upper, int count) {

        /** Whether the upper edge belongs to this bin (only the last bin, which holds 100). */
        public boolean includesUpper() {
            return upper == BIN_WIDTH * BIN_COUNT;
        }

        /** A short label for the chart's axis, e.g. "10–20". */
        public String label() {
            return lower + "–" + upper;
        }

        /** The bin's range in words, for the table, e.g. "10 till under 20". */
        public String description() {
            return lower + (includesUpper() ? " till och med " : " till under ") + upper;
        }
    }

    public ScoreDistribution {
        bins = List.copyOf(bins);
        scores = List.copyOf(scores);
    }

    public static ScoreDistribution of(RoundResults.Results results) {
        List<BigFraction> scores = results.table().entries().stream()
                .map(entry -> entry.result().exactScore())
                .sorted()
                .toList();
        int[] counts = new int[BIN_COUNT];
        scores.forEach(score -> counts[binIndex(score)]++);
        List<Bin> bins = new ArrayList<>();
        for (int i = 0; i < BIN_COUNT; i++) {
            bins.add(new Bin(i * BIN_WIDTH, (i + 1) * BIN_WIDTH, counts[i]));
        }
        return new ScoreDistribution(bins, scores);
    }

    /** The bin of an exact score: floor(score / 10), with 100 kept in the last bin. */
    static int binIndex(BigFraction score) {
        int index = score.divide(BIN_WIDTH).intValue(); // the whole-number part; scores are never negative
        return Math.max(0, Math.min(BIN_COUNT - 1, index));
    }

    public int total() {
        return scores.size();
    }

    public boolean isEmpty() {
        return scores.isEmpty();
    }

    /** The largest bin count: the height the chart's value axis must reach. */
    public int maxCount() {
        return bins.stream().mapToInt(Bin::count).max().orElse(0);
    }

    public Optional<BigFraction> mean() {
        if (scores.isEmpty()) {
            return Optional.empty();
        }
        BigFraction sum = scores.stream().reduce(BigFraction.ZERO, BigFraction::add);
        return Optional.of(sum.divide(scores.size()));
    }

    /** The middle score, or the mean of the two middle scores when the count is even. */
    public Optional<BigFraction> median() {
        int n = scores.size();
        if (n == 0) {
            return Optional.empty();
        }
        if (n % 2 == 1) {
            return Optional.of(scores.get(n / 2));
        }
        return Optional.of(scores.get(n / 2 - 1).add(scores.get(n / 2)).divide(TWO));
    }

    /** A bin's share of all final municipalities in per cent, for the table. */
    public double percentOf(Bin bin) {
        return scores.isEmpty() ? 0 : 100.0 * bin.count() / scores.size();
    }
}
