package se.webbgranskning.app.review;

import java.time.OffsetDateTime;
import java.util.Optional;

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
}
