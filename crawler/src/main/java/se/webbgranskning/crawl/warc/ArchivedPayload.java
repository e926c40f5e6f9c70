package se.webbgranskning.crawl.warc;

import java.time.Instant;

/**
 * The HTTP payload of one archived response: what the server sent, as the crawler stored it.
 *
 * @param targetUri   the WARC-Target-URI, the URL that was fetched
 * @param status      the HTTP status code
 * @param contentType the Content-Type header as archived, or empty if the server sent none; its charset
 *                    parameter (if any) is only the server's claim, the page index records the charset used
 * @param body        the HTTP body; gzip or deflate content coding already removed. Not copied (bodies can be
 *                    large), so callers must not modify it; being an array, it makes {@code equals} an identity
 *                    comparison
 * @param capturedAt  the WARC-Date, when the response was received
 */
public record ArchivedPayload(String targetUri, int status, String contentType, byte[] body, Instant capturedAt) {
}
