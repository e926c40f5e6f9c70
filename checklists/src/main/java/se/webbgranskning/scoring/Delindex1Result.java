package se.webbgranskning.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * One municipality's Delindex 1: the exact score 0–100 (a fraction, so that equal results compare equal
 * and ties are real ties) and the fulfilment of every area in checklist order.
 */
public record Delindex1Result(BigFraction exactScore, List<AreaFulfilment> areas) {

    public Delindex1Result {
        areas = List.copyOf(areas);
    }

    /** Full precision, for export to the index calculation. */
    public double score() {
        return exactScore.doubleValue();
    }

    /** One decimal, half up, as the index is published. */
    public BigDecimal displayScore() {
        return exactScore.bigDecimalValue(1, RoundingMode.HALF_UP);
    }
}
