package se.webbgranskning.app.results;

import java.time.OffsetDateTime;

/**
 * The project lead's decision on an item two reviewers scored differently. It applies only while the reviews
 * still hold the two scores it settled ({@code firstScore}, {@code secondScore}, as stored score keys).
 */
public record Adjudication(String kommunkod, String itemId, String firstScore, String secondScore,
                           String finalScore, String reason, String decidedBy, OffsetDateTime decidedAt) {

    public boolean settles(String first, String second) {
        return firstScore.equals(first) && secondScore.equals(second);
    }
}
