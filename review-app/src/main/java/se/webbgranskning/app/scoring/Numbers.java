package se.webbgranskning.app.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.apache.commons.numbers.fraction.BigFraction;

/** Number formatting for results: exact fractions rounded half up, decimal comma for Swedish spreadsheets. */
final class Numbers {

    private Numbers() {
    }

    static BigDecimal rounded(BigFraction value, int decimals) {
        return value.bigDecimalValue(decimals, RoundingMode.HALF_UP);
    }

    static String swedish(BigFraction value, int decimals) {
        return rounded(value, decimals).toPlainString().replace('.', ',');
    }
}
