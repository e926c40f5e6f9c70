package se.webbgranskning.checklist;

import java.math.BigDecimal;

/** A group of items with a weight relative to the other areas, e.g. C "Avgifter" (20). */
public record Area(String id, String name, BigDecimal weight) {
}
