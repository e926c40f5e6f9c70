package se.webbgranskning.crawl.index;

import org.jdbi.v3.core.mapper.Nested;
import se.webbgranskning.crawl.warc.WarcLocation;

/**
 * One WARC record of a municipality's snapshot as the page index locates it: what an evidence bundle copies.
 *
 * @param url           the URL the record is about (its WARC-Target-URI)
 * @param recordType    {@value #RESPONSE}, {@value #REVISIT} or {@value #METADATA} (a URL with no response to
 *                      store: refused, unreachable, too large …)
 * @param record        where the record itself lies
 * @param payloadRecord where the payload lies: the earlier response for a revisit, else the record itself (the
 *                      page index's own convention, see {@code earlierCapture})
 */
public record ArchivedCapture(String url, String recordType, @Nested("record") WarcLocation record,
                              @Nested("payload") WarcLocation payloadRecord) {

    public static final String RESPONSE = "response";
    public static final String REVISIT = "revisit";
    public static final String METADATA = "metadata";

    /** A response or revisit: something a replay tool can show. */
    public boolean isCapture() {
        return RESPONSE.equals(recordType) || REVISIT.equals(recordType);
    }

    public boolean isRevisit() {
        return REVISIT.equals(recordType);
    }
}
