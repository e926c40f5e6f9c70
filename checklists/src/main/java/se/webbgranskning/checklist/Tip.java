package se.webbgranskning.checklist;

/** Advice to the municipality: why the item matters and what good looks like. */
public record Tip(String why, String goodPractice) {
}
