package se.webbgranskning.app.review;

import java.time.OffsetDateTime;
import java.util.Optional;

import se.webbgranskning.scoring.Score;

/**
 * The saved answer to one item: score key ({@code 0}, {@code 1}, {@code 2} … or {@code na}) or none yet, the
 * comment, and the version the next save must name.
 */
public record ItemAnswer(String itemId, String score, String comment, int version, String updatedBy,
                         OffsetDateTime updatedAt) {

    public static final String NOT_APPLICABLE = "na";

    public static ItemAnswer empty(String itemId) {
        return new ItemAnswer(itemId, null, "", 0, "", null);
    }

    public Optional<String> scoreKey() {
        return Optional.ofNullable(score);
    }

    public boolean scored() {
        return score != null;
    }

    /** The saved score as the scoring model takes it; empty while unscored. */
    public Optional<Score> toScore() {
        return scoreKey().map(ItemAnswer::parse);
    }

    /** A stored score key as a {@link Score}; keys are validated on save, so anything else is a bug. */
    public static Score parse(String key) {
        return NOT_APPLICABLE.equals(key) ? Score.notApplicable() : Score.points(Integer.parseInt(key));
    }
}
