package se.webbgranskning.app.review;

/** What saving an answer did: saved, or refused because someone saved it first. */
public sealed interface SaveOutcome {

    record Saved(ItemAnswer answer) implements SaveOutcome {
    }

    /** Nothing was written; {@code current} is what is saved now. */
    record Conflict(ItemAnswer current) implements SaveOutcome {
    }
}
