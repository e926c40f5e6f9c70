package se.webbgranskning.crawl;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits and manners of one crawl round. Every limit applies per municipality; a limit that cuts a crawl
 * short is recorded as {@link LimitKind} on the municipality's result, never silently.
 *
 * @param pageBudget       most documents (pages, PDFs, robots.txt excluded) fetched per municipality
 * @param maxDepth         most link hops from the start page
 * @param maxDocumentBytes most bytes of one document; larger ones are recorded as too large, not stored
 * @param maxSiteDuration  most wall time per municipality
 * @param delay            least time between two requests to one host (robots.txt may ask for more)
 * @param requestTimeout   connect and read timeout of one request
 * @param userAgent        sent with every request; names the project and a contact URL
 * @param parallelSites    how many municipalities are crawled at once
 * @param allowLocal       whether loopback and private addresses may be crawled (tests, demo, benchmarks)
 */
public record CrawlSettings(int pageBudget, int maxDepth, long maxDocumentBytes, Duration maxSiteDuration,
                            Duration delay, Duration requestTimeout, String userAgent, int parallelSites,
                            boolean allowLocal) {

    public static final String DEFAULT_USER_AGENT =
            "Webbgranskning/0.1 (+https://github.com/webbgranskning/webbgranskning; granskning av kommuners information om hemtjänst)";

    public CrawlSettings {
        Objects.requireNonNull(maxSiteDuration, "maxSiteDuration");
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
        require(pageBudget >= 1, "sidbudgeten måste vara minst 1");
        require(maxDepth >= 0, "djupet får inte vara negativt");
        require(maxDocumentBytes >= 1024, "största dokumentstorlek måste vara minst 1024 byte");
        require(!maxSiteDuration.isNegative() && !maxSiteDuration.isZero(), "tidsgränsen måste vara positiv");
        require(!delay.isNegative(), "fördröjningen får inte vara negativ");
        require(!requestTimeout.isNegative() && !requestTimeout.isZero(), "tidsgränsen per anrop måste vara positiv");
        require(!userAgent.isBlank(), "User-Agent får inte vara tom");
        require(parallelSites >= 1, "antalet parallella kommuner måste vara minst 1");
    }

    /** Sane defaults for a national round: polite (1 s per host) and bounded (200 documents, 30 min per site). */
    public static CrawlSettings defaults() {
        return new CrawlSettings(200, 6, 50L * 1024 * 1024, Duration.ofMinutes(30), Duration.ofSeconds(1),
                Duration.ofSeconds(30), DEFAULT_USER_AGENT, 32, false);
    }

    public CrawlSettings withAllowLocal(boolean allow) {
        return new CrawlSettings(pageBudget, maxDepth, maxDocumentBytes, maxSiteDuration, delay, requestTimeout,
                userAgent, parallelSites, allow);
    }


    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
