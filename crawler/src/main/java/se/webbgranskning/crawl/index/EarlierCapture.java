package se.webbgranskning.crawl.index;

import java.time.OffsetDateTime;

/** The capture of an earlier round that holds the same payload: what a revisit record refers to. */
public record EarlierCapture(String warcRecordId, String url, OffsetDateTime fetchedAt, String file,
                             long recordOffset, long recordLength, String warcRecordType) {
}
