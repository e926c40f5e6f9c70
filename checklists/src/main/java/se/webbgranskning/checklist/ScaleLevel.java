package se.webbgranskning.checklist;

/** One step of the scale, e.g. 2 "uppfyllt". */
public record ScaleLevel(int value, String label, String meaning) {
}
