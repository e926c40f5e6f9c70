package se.webbgranskning.app.precheck;

import java.util.OptionalDouble;

/**
 * How the pre-check's passages for one item fared in real reviews: passages reviewers used as evidence against
 * those they dismissed. Passages nobody acted on are not counted either way.
 */
public record ItemPrecision(String itemId, int accepted, int dismissed) {

    public int decided() {
        return accepted + dismissed;
    }

    /** Accepted share of the decided passages in per cent; empty while none is decided. */
    public OptionalDouble precisionPercent() {
        return decided() == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * accepted / decided());
    }
}
