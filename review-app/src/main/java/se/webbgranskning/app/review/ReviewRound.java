package se.webbgranskning.app.review;

import java.time.OffsetDateTime;

/**
 * A review round: the frozen snapshots of one crawl round, scored against one checklist edition. Its results
 * are published when {@code publishedAt} is set (null until then).
 */
public record ReviewRound(long reviewRoundId, String name, String crawlRoundId, String checklistId,
                          String createdBy, OffsetDateTime createdAt, OffsetDateTime publishedAt,
                          String publishedBy) {

    public boolean published() {
        return publishedAt != null;
    }
}
