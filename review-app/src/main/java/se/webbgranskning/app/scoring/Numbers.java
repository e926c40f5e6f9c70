package se.webbgranskning.app.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalDouble;

import org.apache.commons.numbers.fraction.BigFraction;

/** Number formatting for results: rounded half up to a fixed number of decimals, with a Swedish decimal comma. */
public final class Numbers {

    private static final String NONE = "–";

    private Numbers() {
    }

    static BigDecimal rounded(BigFraction value, int decimals) {
        return value.bigDecimalValue(decimals, RoundingMode.HALF_UP);
    }

    public static String swedish(BigFraction value, int decimals) {
        return rounded(value, decimals).toPlainString().replace('.', ',');
    }

    /** A percentage with one decimal, or a dash where there is none (an area with no applicable item). */
    public static String percent(Optional<Double> value) {
        return value.map(Numbers::oneDecimal).orElse(NONE);
    }

    public static String percent(OptionalDouble value) {
        return value.isPresent() ? oneDecimal(value.getAsDouble()) : NONE;
    }

    /** As {@link #percent(Optional)} with the per cent sign, which a dash for "none" does without. */
    public static String percentSign(Optional<Double> value) {
        return value.map(v -> oneDecimal(v) + " %").orElse(NONE);
    }

    public static String percentSign(OptionalDouble value) {
        return value.isPresent() ? oneDecimal(value.getAsDouble()) + " %" : NONE;
    }

    /** An agreement coefficient (kappa, alpha) with two decimals, or a dash where it is undefined. */
    public static String coefficient(OptionalDouble value) {
        return value.isPresent()
                ? BigDecimal.valueOf(value.getAsDouble()).setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',')
                : NONE;
    }

    private static String oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}
