package se.webbgranskning.app.snapshot;

import java.time.OffsetDateTime;

/**
 * A page of a frozen snapshot as the review screen lists it. The WARC location is the record holding the
 * payload: for a revisit, the earlier response it refers to.
 */
public record SnapshotPage(long pageId, String url, String finalUrl, String title, Integer status,
                           String contentType, String charset, Integer clickDepth, OffsetDateTime fetchedAt,
                           int textLength, String failureKind, String failureReason, String warcFile,
                           Long warcOffset, Long warcLength) {

    public boolean isPdf() {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("pdf");
    }

    public boolean isHtml() {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("html");
    }

    public boolean archived() {
        return warcFile != null && status != null && status >= 200 && status < 300;
    }

    /** What the list shows as the type: PDF, HTML, or the failure. */
    public String typeLabel() {
        if (failureKind != null) {
            return "Fel";
        }
        if (isPdf()) {
            return "PDF";
        }
        return isHtml() ? "Webbsida" : contentType == null ? "Okänd" : contentType;
    }

    /** A title for lists: the page's own, else the last part of its address. */
    public String displayTitle() {
        if (title != null && !title.isBlank()) {
            return title;
        }
        String path = url.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        return path.substring(path.lastIndexOf('/') + 1).isEmpty() ? url : path.substring(path.lastIndexOf('/') + 1);
    }
}
