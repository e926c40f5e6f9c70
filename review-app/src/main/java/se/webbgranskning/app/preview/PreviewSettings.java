package se.webbgranskning.app.preview;

import java.time.Duration;

import se.webbgranskning.crawl.CrawlSettings;

/**
 * How big a preview may be and how often a municipality may ask for one. A preview is a small crawl of the
 * municipality's own site: fewer documents than a review round, the same politeness (delay, timeouts, robots.txt,
 * User-Agent) and the same address rules. Whether loopback may be reached comes from the crawl settings the app
 * was given, which is off except in the demo and in tests.
 */
public record PreviewSettings(int pageBudget, int maxDepth, Duration maxDuration, int dailyLimit) {

    public PreviewSettings {
        if (pageBudget < 1 || maxDepth < 0 || dailyLimit < 1 || maxDuration.isNegative() || maxDuration.isZero()) {
            throw new IllegalArgumentException("invalid preview settings");
        }
    }

    public static PreviewSettings defaults() {
        return new PreviewSettings(80, 4, Duration.ofMinutes(5), 5);
    }

    /** The app's crawl settings cut down to a preview: one site, this budget and depth, this time limit. */
    CrawlSettings crawlSettings(CrawlSettings app) {
        return new CrawlSettings(Math.min(pageBudget, app.pageBudget()), Math.min(maxDepth, app.maxDepth()),
                app.maxDocumentBytes(), maxDuration, app.delay(), app.requestTimeout(), app.userAgent(), 1,
                app.allowLocal());
    }
}
