package se.webbgranskning.app.review;

import java.time.OffsetDateTime;

/** One reviewer's review of one municipality in a round. */
public record Review(long reviewId, long reviewRoundId, String kommunkod, String kind, long reviewerId,
                     ReviewStatus status, OffsetDateTime assignedAt, OffsetDateTime submittedAt) {

    public static final String FIRST = "first";

    public boolean submitted() {
        return status == ReviewStatus.SUBMITTED;
    }
}
