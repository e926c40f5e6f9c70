package se.webbgranskning.crawl.index;

import se.webbgranskning.crawl.warc.WarcLocation;

/**
 * A WARC record the page index points at: its row, what kind of record it should be, and for a response the
 * SHA-256 of the payload as the crawler stored it.
 */
public record IndexedRecord(long pageId, String roundId, String kommunkod, String url, String recordType,
                            WarcLocation location, String payloadSha256) {
}
