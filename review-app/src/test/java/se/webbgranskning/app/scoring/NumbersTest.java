package se.webbgranskning.app.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalDouble;

import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void roundsHalfUpWithADecimalComma() {
        assertThat(Numbers.swedish(BigFraction.of(135, 2), 1)).isEqualTo("67,5");
        assertThat(Numbers.swedish(BigFraction.of(1, 20), 1)).isEqualTo("0,1");
        assertThat(Numbers.percent(Optional.of(57.14285))).isEqualTo("57,1");
        assertThat(Numbers.percent(OptionalDouble.of(0.05))).isEqualTo("0,1");
    }

    @Test
    void noValueIsADashWithoutAPerCentSign() {
        assertThat(Numbers.percentSign(Optional.of(50.0))).isEqualTo("50,0 %");
        assertThat(Numbers.percentSign(Optional.empty())).isEqualTo("–");
        assertThat(Numbers.percentSign(OptionalDouble.empty())).isEqualTo("–");
        assertThat(Numbers.percent(OptionalDouble.empty())).isEqualTo("–");
    }

    @Test
    void coefficientsHaveTwoDecimalsAndKeepTheirSign() {
        assertThat(Numbers.coefficient(OptionalDouble.of(-0.6667))).isEqualTo("-0,67");
        assertThat(Numbers.coefficient(OptionalDouble.of(1.0))).isEqualTo("1,00");
        assertThat(Numbers.coefficient(OptionalDouble.empty())).isEqualTo("–");
    }
}
