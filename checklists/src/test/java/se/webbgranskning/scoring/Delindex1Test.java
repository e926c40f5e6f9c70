package se.webbgranskning.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.checklist.TestChecklists;

/**
 * Hand-computed examples on the small test edition: area X (weight 3: X1, X2), area Y (weight 1: Y1, and Y2
 * with item weight 2; both may be "ej tillämpligt"). Max score 2.
 */
class Delindex1Test {

    private final Checklist checklist = TestChecklists.small();

    private static Map<String, Score> scores(Object... idAndScore) {
        Map<String, Score> scores = new HashMap<>();
        for (int i = 0; i < idAndScore.length; i += 2) {
            Object value = idAndScore[i + 1];
            scores.put((String) idAndScore[i], value.equals("na") ? Score.notApplicable() : Score.points((Integer) value));
        }
        return scores;
    }

    @Test
    void everyItemAtMaximumScoresHundred() throws ScoringException {
        Delindex1Result result = Delindex1.calculate(checklist, scores("X1", 2, "X2", 2, "Y1", 2, "Y2", 2));

        assertThat(result.exactScore()).isEqualTo(BigFraction.of(100));
        assertThat(result.displayScore()).isEqualByComparingTo("100.0");
    }

    @Test
    void everyItemAtZeroScoresZero() throws ScoringException {
        assertThat(Delindex1.calculate(checklist, scores("X1", 0, "X2", 0, "Y1", 0, "Y2", 0)).exactScore())
                .isEqualTo(BigFraction.ZERO);
    }

    @Test
    void weightsAreappliedWithinAndBetweenAreas() throws ScoringException {
        // X = (2/2 + 1/2) / 2 = 3/4; Y = (1 × 2/2 + 2 × 1/2) / 3 = 2/3;
        // Delindex 1 = 100 × (3 × 3/4 + 1 × 2/3) / 4 = 875/12 = 72.91666…
        Delindex1Result result = Delindex1.calculate(checklist, scores("X1", 2, "X2", 1, "Y1", 2, "Y2", 1));

        assertThat(result.exactScore()).isEqualTo(BigFraction.of(875, 12));
        assertThat(result.areas().get(0).fulfilment()).contains(BigFraction.of(3, 4));
        assertThat(result.areas().get(1).fulfilment()).contains(BigFraction.of(2, 3));
        assertThat(result.areas().get(1).percent()).hasValueSatisfying(p -> assertThat(p).isCloseTo(66.667, within(0.001)));
        assertThat(result.displayScore()).isEqualByComparingTo("72.9");
    }

    @Test
    void notApplicableItemLeavesTheMeanOfItsArea() throws ScoringException {
        // Y1 n/a: Y = 0/2 = 0; Delindex 1 = 100 × (3 × 3/4 + 1 × 0) / 4 = 56.25, shown as 56.3 (half up).
        Delindex1Result result = Delindex1.calculate(checklist, scores("X1", 2, "X2", 1, "Y1", "na", "Y2", 0));

        assertThat(result.exactScore()).isEqualTo(BigFraction.of(225, 4));
        assertThat(result.displayScore()).isEqualByComparingTo("56.3");
    }

    @Test
    void wholeAreaNotApplicableDropsOutOfBothSums() throws ScoringException {
        // Y has no applicable item: Delindex 1 = 100 × (3 × 3/4) / 3 = 75.
        Delindex1Result result = Delindex1.calculate(checklist, scores("X1", 2, "X2", 1, "Y1", "na", "Y2", "na"));

        assertThat(result.exactScore()).isEqualTo(BigFraction.of(75));
        assertThat(result.areas().get(1).fulfilment()).isEmpty();
        assertThat(result.areas().get(1).percent()).isEmpty();
    }

    @Test
    void missingScoresAreAnErrorNamingTheItemsNeverZero() {
        ScoringException error = catchThrowableOfType(ScoringException.class,
                () -> Delindex1.calculate(checklist, scores("X1", 2, "Y2", 1)));

        assertThat(error.problems()).singleElement().asString()
                .startsWith("Poäng saknas för X2, Y1 ");
    }

    @Test
    void invalidScoresAreAllReported() {
        ScoringException error = catchThrowableOfType(ScoringException.class,
                () -> Delindex1.calculate(checklist, scores("X1", 3, "X2", "na", "Y1", 2, "Y2", 2, "Z9", 1)));

        assertThat(error.problems()).containsExactly(
                "Punkten Z9 finns inte i checklistan test-small.",
                "Punkt X1: 3 finns inte på skalan [2, 1, 0].",
                "Punkt X2: får inte bedömas som \"ej tillämpligt\".");
    }

    @Test
    void allItemsNotApplicableCannotBeScored() throws Exception {
        Checklist allOptional = TestChecklists.load(TestChecklists.smallYaml()
                .replace("    question: \"Finns fråga ett?\"", "    notApplicable: {when: \"Aldrig.\"}\n    question: \"Finns fråga ett?\"")
                .replace("    question: \"Finns fråga två?\"", "    notApplicable: {when: \"Aldrig.\"}\n    question: \"Finns fråga två?\""));

        ScoringException error = catchThrowableOfType(ScoringException.class,
                () -> Delindex1.calculate(allOptional, scores("X1", "na", "X2", "na", "Y1", "na", "Y2", "na")));

        assertThat(error.problems()).singleElement().asString().contains("ej tillämpliga");
    }

    @Test
    void decimalWeightsAreExact() {
        assertThat(Delindex1.fraction(new BigDecimal("12.5"))).isEqualTo(BigFraction.of(25, 2));
        assertThat(Delindex1.fraction(new BigDecimal("1E+1"))).isEqualTo(BigFraction.of(10));
    }
}
