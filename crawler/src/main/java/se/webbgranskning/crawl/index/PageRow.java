package se.webbgranskning.crawl.index;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One row of the page index: a URL of one municipality's snapshot in one round, what came back, where the WARC
 * record lies and what text it holds. A failure without any response has no status and no WARC location.
 * Nullable fields mirror nullable columns; {@link PageIndex} is the only code that builds these.
 */
public record PageRow(String roundId, String kommunkod, String urlKey, String url, String purpose,
                      String finalUrl, String redirectChain, Integer status, String contentType, String charset,
                      OffsetDateTime fetchedAt, Integer depth, Integer clickDepth, String parentUrl, String anchorText,
                      String payloadSha256, Long payloadBytes, String warcRecordType, String warcRecordId,
                      String warcFile, Long warcOffset, Long warcLength, String payloadWarcFile,
                      Long payloadWarcOffset, Long payloadWarcLength, String title, String mainText,
                      LocalDate lastUpdated, boolean noindex, String failureKind, String failureReason) {

    public static final String PURPOSE_PAGE = "page";
    public static final String PURPOSE_ROBOTS = "robots";

    /** Stored beside the text, so that lists need not read the text itself. */
    public int textLength() {
        return mainText == null ? 0 : mainText.length();
    }
}
