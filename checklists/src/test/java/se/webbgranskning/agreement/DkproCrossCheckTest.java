package se.webbgranskning.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.WeightedKappaAgreement;
import org.dkpro.statistics.agreement.distance.IntervalDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.webbgranskning.scoring.Score;

/**
 * Cross-checks against DKPro Statistics Agreement 2.2.0, an independent implementation, on generated data.
 *
 * <p>What dkpro computes (read from its bytecode): {@code WeightedKappaAgreement} is Cohen's weighted kappa with
 * disagreement weights d(a, b) from a distance function, chance term from each rater's own marginals — but it
 * divides the observed disagreement by the largest distance among the observed pairs and the expected one by the
 * largest distance among all category pairs (each at least 1). Those two divisors differ when the largest
 * possible disagreement never occurs, and then its value is not Cohen's. So we compare
 * <ul>
 *   <li>with distances scaled into [0, 1] (|a−b|/max and ((a−b)/max)²): both divisors stay 1 and the definitions
 *       agree exactly;</li>
 *   <li>with dkpro's own {@code IntervalDistanceFunction} ((a−b)², i.e. quadratic weights) only on data that
 *       contains a 0-versus-max pair, where both divisors are max².</li>
 * </ul>
 * dkpro's {@code OrdinalDistanceFunction} is Krippendorff's rank metric, whose distances depend on the marginal
 * frequencies; it is not Cohen's linear weighting, so it is used only for alpha. Its marginals count every value
 * in the study, Krippendorff's only pairable ones, so multi-coder data here gives every unit at least two values.
 */
class DkproCrossCheckTest {

    private static final double TOLERANCE = 1e-9;

    static Stream<Arguments> datasets() {
        return Stream.of(
                Arguments.of(1L, 2, 20), Arguments.of(2L, 2, 35), Arguments.of(3L, 2, 60), Arguments.of(4L, 2, 12),
                Arguments.of(5L, 3, 40), Arguments.of(6L, 4, 50), Arguments.of(7L, 2, 200), Arguments.of(8L, 1, 30));
    }

    @ParameterizedTest(name = "seed {0}, scale 0..{1}, {2} pairs")
    @MethodSource("datasets")
    void linearKappaMatchesDkproWeightedKappa(long seed, int max, int size) {
        List<RatingPair> pairs = ratingPairs(new Random(seed), max, size);

        double dkpro = new WeightedKappaAgreement(study(pairs), (s, a, b) -> distance(a, b) / max)
                .calculateAgreement();

        assertThat(Agreement.of(pairs, max).linearKappa()).hasValueCloseTo(dkpro, within(TOLERANCE));
    }

    @ParameterizedTest(name = "seed {0}, scale 0..{1}, {2} pairs")
    @MethodSource("datasets")
    void quadraticKappaMatchesDkproWeightedKappa(long seed, int max, int size) {
        List<RatingPair> pairs = ratingPairs(new Random(seed), max, size);
        CodingAnnotationStudy study = study(pairs);

        double scaled = new WeightedKappaAgreement(study, (s, a, b) -> Math.pow(distance(a, b) / max, 2))
                .calculateAgreement();
        double interval = new WeightedKappaAgreement(study, new IntervalDistanceFunction()).calculateAgreement();

        assertThat(Agreement.of(pairs, max).quadraticKappa())
                .hasValueCloseTo(scaled, within(TOLERANCE))
                .hasValueCloseTo(interval, within(TOLERANCE));
    }

    /**
     * Why the guard above is needed: 0 and 2 both occur but never against each other, so dkpro divides the
     * observed disagreement by 1 and the expected by 4 when given (a−b)², and leaves Cohen's definition.
     */
    @Test
    void dkproIntervalDistanceLeavesCohensDefinitionWithoutAnExtremePair() {
        List<RatingPair> pairs = List.of(AgreementTest.points(0, 0), AgreementTest.points(0, 1),
                AgreementTest.points(1, 2), AgreementTest.points(2, 2));
        CodingAnnotationStudy study = study(pairs);

        double scaled = new WeightedKappaAgreement(study, (s, a, b) -> Math.pow(distance(a, b) / 2, 2))
                .calculateAgreement();
        double interval = new WeightedKappaAgreement(study, new IntervalDistanceFunction()).calculateAgreement();

        assertThat(Agreement.of(pairs, 2).quadraticKappa()).hasValueCloseTo(scaled, within(TOLERANCE));
        assertThat(interval).isNotCloseTo(scaled, within(0.1));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14, 15})
    void onABinaryScaleBothKappasAreCohensUnweightedKappa(long seed) {
        List<RatingPair> pairs = ratingPairs(new Random(seed), 1, 40);

        double dkpro = new CohenKappaAgreement(study(pairs)).calculateAgreement();

        PairAgreement ours = Agreement.of(pairs, 1);
        assertThat(ours.linearKappa()).hasValueCloseTo(dkpro, within(TOLERANCE));
        assertThat(ours.quadraticKappa()).hasValueCloseTo(dkpro, within(TOLERANCE));
    }

    @ParameterizedTest(name = "seed {0}, scale 0..{1}, {2} pairs")
    @MethodSource("datasets")
    void ordinalAlphaOfPairsMatchesDkpro(long seed, int max, int size) {
        List<RatingPair> pairs = ratingPairs(new Random(seed), max, size);

        double dkpro = new KrippendorffAlphaAgreement(study(pairs), new OrdinalDistanceFunction()).calculateAgreement();

        assertThat(Agreement.of(pairs, max).ordinalAlpha()).hasValueCloseTo(dkpro, within(TOLERANCE));
    }

    @ParameterizedTest(name = "seed {0}, values 0..{1}, {2} units")
    @MethodSource("datasets")
    void alphaWithSeveralCodersAndMissingValuesMatchesDkpro(long seed, int max, int size) {
        Random random = new Random(seed);
        int coders = 3 + random.nextInt(3);
        Integer[][] data = codersByUnit(random, coders, max, size);
        CodingAnnotationStudy study = new CodingAnnotationStudy(coders);
        List<List<Integer>> units = new ArrayList<>();
        for (Integer[] unit : data) {
            study.addItemAsArray(unit);
            units.add(Stream.of(unit).filter(value -> value != null).toList());
        }

        assertThat(KrippendorffAlpha.ordinal(units)).hasValueCloseTo(
                new KrippendorffAlphaAgreement(study, new OrdinalDistanceFunction()).calculateAgreement(), within(TOLERANCE));
        assertThat(KrippendorffAlpha.nominal(units)).hasValueCloseTo(
                new KrippendorffAlphaAgreement(study, new NominalDistanceFunction()).calculateAgreement(), within(TOLERANCE));
        assertThat(KrippendorffAlpha.interval(units)).hasValueCloseTo(
                new KrippendorffAlphaAgreement(study, new IntervalDistanceFunction()).calculateAgreement(), within(TOLERANCE));
    }

    /**
     * Pairs from two reviewers who mostly agree, some within one step, a few n/a (left out of dkpro's study, as
     * they are out of ours). One 0-versus-max pair is always included so that the data varies and dkpro's
     * interval-distance normalisation matches Cohen's (see the class comment).
     */
    private static List<RatingPair> ratingPairs(Random random, int max, int size) {
        List<RatingPair> pairs = new ArrayList<>();
        pairs.add(new RatingPair(Score.points(0), Score.points(max)));
        for (int i = 1; i < size; i++) {
            int first = random.nextInt(max + 1);
            int second = switch (random.nextInt(4)) {
                case 0, 1 -> first;
                case 2 -> Math.max(0, Math.min(max, first + (random.nextBoolean() ? 1 : -1)));
                default -> random.nextInt(max + 1);
            };
            pairs.add(random.nextInt(10) == 0
                    ? new RatingPair(Score.notApplicable(), Score.points(second))
                    : new RatingPair(Score.points(first), Score.points(second)));
        }
        return pairs;
    }

    /** Each unit rated by every coder, then some ratings removed; unit 0 always holds both ends of the scale. */
    private static Integer[][] codersByUnit(Random random, int coders, int max, int size) {
        Integer[][] data = new Integer[size][coders];
        for (int unit = 0; unit < size; unit++) {
            int truth = random.nextInt(max + 1);
            for (int coder = 0; coder < coders; coder++) {
                data[unit][coder] = random.nextInt(3) == 0 ? random.nextInt(max + 1) : truth;
            }
            // At most coders − 2 removals, so every unit keeps two values (see the class comment).
            int removable = random.nextInt(coders - 1);
            for (int removed = 0; removed < removable; removed++) {
                data[unit][random.nextInt(coders)] = null;
            }
        }
        data[0] = IntStream.range(0, coders).mapToObj(coder -> coder % 2 == 0 ? 0 : max).toArray(Integer[]::new);
        return data;
    }

    private static CodingAnnotationStudy study(List<RatingPair> pairs) {
        CodingAnnotationStudy study = new CodingAnnotationStudy(2);
        for (RatingPair pair : pairs) {
            if (pair.bothScored()) {
                study.addItem(((Score.Points) pair.first()).value(), ((Score.Points) pair.second()).value());
            }
        }
        return study;
    }

    private static double distance(Object a, Object b) {
        return Math.abs((Integer) a - (Integer) b);
    }
}
