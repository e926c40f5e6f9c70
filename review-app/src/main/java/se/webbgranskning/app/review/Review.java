package se.webbgranskning.app.review;

import java.time.OffsetDateTime;

/** One reviewer's review of one municipality in a round. */
public record Review(long reviewId, long reviewRoundId, String kommunkod, String kind, long reviewerId,
                     ReviewStatus status, OffsetDateTime assignedAt, OffsetDateTime submittedAt) {

    /** The review that counts for every municipality. */
    public static final String FIRST = "first";
    /** The blind check of a drawn sample; its reviewer sees the first review only after submitting her own. */
    public static final String SECOND = "second";

    public boolean second() {
        return SECOND.equals(kind);
    }

    public boolean submitted() {
        return status == ReviewStatus.SUBMITTED;
    }
}
