package se.webbgranskning.crawl.index;

import java.time.LocalDate;

/** A page index row as listed by {@code pages}; nullable fields mirror nullable columns. */
public record IndexedPage(long pageId, String url, Integer status, String contentType, Integer depth,
                          Integer clickDepth, String title, String mainText, String failureKind,
                          String failureReason, String purpose, String parentUrl, String finalUrl, String redirectChain,
                          String charset, LocalDate lastUpdated, boolean noindex, String warcFile, Long warcOffset,
                          Long warcLength, String payloadSha256, Long payloadBytes, String warcRecordType) {

    public int textLength() {
        return mainText == null ? 0 : mainText.length();
    }
}
