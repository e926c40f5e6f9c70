package se.webbgranskning.scoring;

import java.util.Optional;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * How far one area is fulfilled: the (weighted) mean of score / max over its applicable items, exactly,
 * or empty when no item of the area is applicable (the area then drops out of the Delindex 1 sums).
 */
public record AreaFulfilment(String areaId, Optional<BigFraction> fulfilment) {

    /** The fulfilment as a percentage 0–100, for display and export. */
    public Optional<Double> percent() {
        return fulfilment.map(value -> value.multiply(100).doubleValue());
    }
}
