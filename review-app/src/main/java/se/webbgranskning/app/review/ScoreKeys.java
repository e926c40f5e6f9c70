package se.webbgranskning.app.review;

import se.webbgranskning.app.UserError;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.checklist.Item;

/** Checks a score key typed or chosen for an item: a value of the checklist's scale, or "na" where allowed. */
public final class ScoreKeys {

    private ScoreKeys() {
    }

    /** The key if valid, null for blank (no score yet); a clear {@link UserError} otherwise. */
    public static String validOrNull(Checklist checklist, Item item, String scoreKey) {
        if (scoreKey == null || scoreKey.isBlank()) {
            return null;
        }
        if (scoreKey.equals(ItemAnswer.NOT_APPLICABLE)) {
            if (!item.allowsNotApplicable()) {
                throw new UserError("Fråga " + item.id() + " kan inte bedömas som ej tillämplig.");
            }
            return scoreKey;
        }
        try {
            int value = Integer.parseInt(scoreKey);
            if (checklist.scale().level(value).isPresent()) {
                return scoreKey;
            }
        } catch (NumberFormatException notANumber) {
            // falls through to the message below
        }
        throw new UserError("Poängen måste vara en av " + checklist.scale().values() + " (fick " + scoreKey + ").");
    }
}
