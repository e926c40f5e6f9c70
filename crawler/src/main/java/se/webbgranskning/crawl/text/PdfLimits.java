package se.webbgranskning.crawl.text;

import java.time.Duration;

/**
 * How much work one PDF may cost. Municipal sites link to everything from one-page leaflets to 400-page
 * budget documents; the pages that matter for a review come first, so reading the first pages is enough.
 *
 * @param maxPages pages to read text from; later pages are skipped and the result says so
 * @param maxTime  wall-clock time for loading and reading; a PDF that takes longer is given up on
 * @param maxBytes larger files are not parsed at all
 */
public record PdfLimits(int maxPages, Duration maxTime, long maxBytes) {

    public PdfLimits {
        if (maxPages < 1 || maxTime.isNegative() || maxTime.isZero() || maxBytes < 1) {
            throw new IllegalArgumentException("PDF limits must be positive: " + maxPages + ", " + maxTime
                    + ", " + maxBytes);
        }
    }

    /** 200 pages, 20 seconds, 50 MiB. */
    public static PdfLimits defaults() {
        return new PdfLimits(200, Duration.ofSeconds(20), 50L * 1024 * 1024);
    }
}
