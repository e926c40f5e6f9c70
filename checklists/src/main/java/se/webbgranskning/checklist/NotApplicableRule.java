package se.webbgranskning.checklist;

/** When an item may be scored "ej tillämpligt", in the reviewer's words. */
public record NotApplicableRule(String when) {
}
