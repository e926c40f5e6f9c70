package se.webbgranskning.crawl.precheck;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A page of the snapshot as the pre-check reads it: an HTML page or a document (PDF) with its extracted text.
 *
 * @param text        the stored text (main content of an HTML page, all text of a PDF); evidence quotes it exactly
 * @param clickDepth  the fewest clicks from the start page, if the page was reached by links
 * @param lastUpdated the date the page says it was last updated, if it says so
 * @param links       every link of the whole page (menus and footer too), in page order
 */
public record PrecheckPage(long pageId, String url, String title, String text, String contentType,
                           Optional<Integer> clickDepth, Optional<LocalDate> lastUpdated, List<PrecheckLink> links) {

    public PrecheckPage {
        links = List.copyOf(links);
    }

    public boolean isDocument() {
        return !contentType.toLowerCase(java.util.Locale.ROOT).contains("html");
    }

    /** Click depth for ordering: pages not reached by links come last. */
    int depthOrLast() {
        return clickDepth.orElse(Integer.MAX_VALUE);
    }
}
