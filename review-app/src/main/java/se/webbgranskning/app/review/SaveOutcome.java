package se.webbgranskning.app.review;

/** What saving an answer did: saved, or refused because someone saved it first. */
public sealed interface SaveOutcome {

    /** Saved; {@code scored} of the review's {@code items} now have a score, for the page's progress line. */
    record Saved(ItemAnswer answer, long scored, int items) implements SaveOutcome {
    }

    /** Nothing was written; {@code current} is what is saved now. */
    record Conflict(ItemAnswer current) implements SaveOutcome {
    }
}
