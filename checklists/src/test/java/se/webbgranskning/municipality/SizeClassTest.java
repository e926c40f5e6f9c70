package se.webbgranskning.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SizeClassTest {

    @ParameterizedTest
    @CsvSource({
            "1, UNDER_15K", "14999, UNDER_15K",
            "15000, FROM_15K_TO_30K", "29999, FROM_15K_TO_30K",
            "30000, FROM_30K_TO_70K", "69999, FROM_30K_TO_70K",
            "70000, FROM_70K_TO_200K", "199999, FROM_70K_TO_200K",
            "200000, FROM_200K", "1000000, FROM_200K"})
    void boundariesAreInclusiveBelow(long inhabitants, SizeClass expected) {
        assertThat(SizeClass.of(inhabitants)).isEqualTo(expected);
    }

    @Test
    void labelsAreSwedish() {
        assertThat(SizeClass.UNDER_15K.label()).isEqualTo("under 15 000");
        assertThat(SizeClass.FROM_200K.label()).isEqualTo("200 000 eller fler");
    }

    @Test
    void populationMustBePositiveWithAPlausibleYear() {
        assertThatThrownBy(() -> new Population(0, 2024)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Population(100, 1800)).isInstanceOf(IllegalArgumentException.class);
    }
}
