package se.webbgranskning.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Krippendorff's alpha against the worked examples in Krippendorff, K. (2011), "Computing Krippendorff's
 * Alpha-Reliability", Annenberg School for Communication, University of Pennsylvania
 * (https://repository.upenn.edu/asc_papers/43). The paper prints alpha to three decimals.
 */
class KrippendorffAlphaPublishedExampleTest {

    private static final Integer MISSING = null;

    /**
     * Section C of the paper: four observers, twelve units, values 1–5, missing values. Unit 12 has a single
     * value and must be dropped. Published: nominal 0.743, ordinal 0.815, interval 0.849.
     */
    private static final Integer[][] FOUR_OBSERVERS = {
            {1, 2, 3, 3, 2, 1, 4, 1, 2, MISSING, MISSING, MISSING},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, MISSING, 3},
            {MISSING, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, MISSING},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, MISSING},
    };

    /** Section A of the paper: binary data, two observers, ten units, no missing values. Published: 0.095. */
    private static final Integer[][] TWO_OBSERVERS_BINARY = {
            {0, 1, 0, 0, 0, 0, 0, 0, 1, 0},
            {1, 1, 1, 0, 0, 1, 0, 0, 0, 0},
    };

    @Test
    void ordinalAlphaOfTheFourObserverExampleIsThePublished0815() {
        assertThat(KrippendorffAlpha.ordinal(units(FOUR_OBSERVERS))).hasValueCloseTo(0.815, within(0.0005));
    }

    @Test
    void nominalAlphaOfTheFourObserverExampleIsThePublished0743() {
        assertThat(KrippendorffAlpha.nominal(units(FOUR_OBSERVERS))).hasValueCloseTo(0.743, within(0.0005));
    }

    @Test
    void intervalAlphaOfTheFourObserverExampleIsThePublished0849() {
        assertThat(KrippendorffAlpha.interval(units(FOUR_OBSERVERS))).hasValueCloseTo(0.849, within(0.0005));
    }

    @Test
    void binaryTwoObserverExampleIsThePublished0095() {
        // With only two values every disagreement has the same distance, which cancels in D_o / D_e: the
        // ordinal metric must give the binary (nominal) value the paper prints.
        assertThat(KrippendorffAlpha.ordinal(units(TWO_OBSERVERS_BINARY))).hasValueCloseTo(0.095, within(0.0005));
        assertThat(KrippendorffAlpha.nominal(units(TWO_OBSERVERS_BINARY))).hasValueCloseTo(0.095, within(0.0005));
    }

    @Test
    void unitsWithASingleValueAreDroppedAsInThePaper() {
        List<List<Integer>> units = new ArrayList<>(units(FOUR_OBSERVERS));
        units.add(List.of(5));
        units.add(List.of(1));
        units.add(List.of());

        assertThat(KrippendorffAlpha.ordinal(units).getAsDouble())
                .isEqualTo(KrippendorffAlpha.ordinal(units(FOUR_OBSERVERS)).getAsDouble());
    }

    @Test
    void undefinedWithoutPairableValuesOrWithoutVariation() {
        assertThat(KrippendorffAlpha.ordinal(List.of())).isEmpty();
        assertThat(KrippendorffAlpha.ordinal(List.of(List.of(1), List.of(2)))).isEmpty();
        assertThat(KrippendorffAlpha.ordinal(List.of(List.of(2, 2, 2), List.of(2, 2)))).isEmpty();
    }

    /** Turns an observers × units matrix into units listing the values actually given. */
    private static List<List<Integer>> units(Integer[][] observersByUnit) {
        List<List<Integer>> units = new ArrayList<>();
        for (int unit = 0; unit < observersByUnit[0].length; unit++) {
            List<Integer> values = new ArrayList<>();
            for (Integer[] observer : observersByUnit) {
                if (observer[unit] != null) {
                    values.add(observer[unit]);
                }
            }
            units.add(values);
        }
        return units;
    }
}
