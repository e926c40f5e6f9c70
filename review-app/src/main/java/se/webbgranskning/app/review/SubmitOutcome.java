package se.webbgranskning.app.review;

import java.util.List;

import se.webbgranskning.checklist.Item;

/** What submitting a review did. */
public sealed interface SubmitOutcome {

    record Submitted() implements SubmitOutcome {
    }

    /** Not submitted: these items have no score yet. */
    record Incomplete(List<Item> unscored) implements SubmitOutcome {
    }

    /** Not submitted: these items score above zero without evidence; submit again with confirmation. */
    record NeedsConfirmation(List<Item> withoutEvidence) implements SubmitOutcome {
    }
}
