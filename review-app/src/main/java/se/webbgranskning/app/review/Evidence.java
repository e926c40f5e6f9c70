package se.webbgranskning.app.review;

import java.time.OffsetDateTime;

/** A passage cited for an item: the quote, its place in the page's text, and the capture it comes from. */
public record Evidence(long evidenceId, long reviewId, String itemId, long pageId, String pageUrl, String pageTitle,
                       OffsetDateTime capturedAt, String quote, int quoteStart, String contextBefore,
                       String contextAfter) {
}
