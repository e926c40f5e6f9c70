package se.webbgranskning.app.review;

import java.time.OffsetDateTime;

/** A review round: the frozen snapshots of one crawl round, scored against one checklist edition. */
public record ReviewRound(long reviewRoundId, String name, String crawlRoundId, String checklistId,
                          String createdBy, OffsetDateTime createdAt) {
}
