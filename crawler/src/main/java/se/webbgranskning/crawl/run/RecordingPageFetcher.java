package se.webbgranskning.crawl.run;

import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.crawler.exceptions.PageBiggerThanMaxSizeException;
import edu.uci.ics.crawler4j.fetcher.PageFetchResult;
import edu.uci.ics.crawler4j.fetcher.PageFetcher;
import edu.uci.ics.crawler4j.url.WebURL;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicHeader;
import se.webbgranskning.crawl.FailureKind;
import se.webbgranskning.crawl.fetch.Exchange;
import se.webbgranskning.crawl.fetch.FetchOutcome;
import se.webbgranskning.crawl.fetch.HttpFetcher;
import se.webbgranskning.crawl.fetch.Politeness;
import se.webbgranskning.crawl.index.PageRow;
import se.webbgranskning.crawl.scope.SiteUrlNormalizer;

/**
 * crawler4j's fetcher, replaced at its seam so that every response is recorded as received, whatever its status:
 * crawler4j itself shows a crawler only 2xx bodies and forgets redirects and errors. Politeness is applied here
 * (our delay or the host's Crawl-delay), and the document read by the recorder is what crawler4j then parses.
 */
final class RecordingPageFetcher extends PageFetcher {

    /** Thrown to crawler4j for a URL whose failure is already recorded. */
    static final class AlreadyRecordedFailure extends IOException {
        AlreadyRecordedFailure(String message) {
            super(message);
        }
    }

    private final SiteUrlNormalizer siteNormalizer;
    private final HttpFetcher http;
    private final Politeness politeness;
    private final SiteRecorder recorder;
    private final Predicate<URI> mayRedirectTo;

    RecordingPageFetcher(CrawlConfig config, SiteUrlNormalizer normalizer, HttpFetcher http, Politeness politeness,
                         SiteRecorder recorder, Predicate<URI> mayRedirectTo) throws Exception {
        super(config, normalizer);
        this.siteNormalizer = normalizer;
        this.http = http;
        this.politeness = politeness;
        this.recorder = recorder;
        this.mayRedirectTo = mayRedirectTo;
    }

    @Override
    public PageFetchResult fetchPage(WebURL webUrl) throws InterruptedException, IOException,
            PageBiggerThanMaxSizeException {
        Target target = Target.of(webUrl);
        Optional<FetchOutcome> outcome = fetch(target, PageRow.PURPOSE_PAGE);
        if (outcome.isEmpty() || !(outcome.get() instanceof FetchOutcome.Received received)) {
            throw new AlreadyRecordedFailure(webUrl.getURL());
        }
        Exchange exchange = received.exchange();
        Optional<URI> location = exchange.isRedirect()
                ? exchange.header("Location").flatMap(l -> siteNormalizer.redirectTarget(exchange.url(), l))
                : Optional.empty();
        SiteRecorder.RedirectVerdict verdict = recorder.record(target, exchange, PageRow.PURPOSE_PAGE, location,
                mayRedirectTo);
        PageFetchResult result = new PageFetchResult(false);
        result.setStatusCode(exchange.status());
        result.setResponseHeaders(exchange.responseHeaders().stream()
                .map(h -> new BasicHeader(h.name(), h.value())).toArray(Header[]::new));
        result.setEntity(new ByteArrayEntity(exchange.body(), contentType(exchange)));
        result.setFetchedUrl(webUrl.getURL());
        result.setMovedToUrl(verdict.followTo().orElse(null));
        return result;
    }

    /**
     * Fetches politely and records a failure without a response; empty if the URL is not even a valid URI.
     * Used for pages here and for robots.txt by the robots gate.
     */
    Optional<FetchOutcome> fetch(Target target, String purpose) throws InterruptedException {
        URI uri;
        try {
            uri = URI.create(target.url());
        } catch (IllegalArgumentException e) {
            recorder.recordFailure(target, purpose, FailureKind.INVALID_URL, "ogiltig adress: " + e.getMessage());
            return Optional.empty();
        }
        String host = Politeness.hostKey(uri);
        politeness.awaitTurn(host);
        FetchOutcome outcome;
        try {
            outcome = http.fetch(uri);
        } finally {
            politeness.finished(host);
        }
        if (outcome instanceof FetchOutcome.Failed failed) {
            recorder.recordFailure(target, purpose, failed.kind(), failed.reason());
        }
        return Optional.of(outcome);
    }

    SiteRecorder recorder() {
        return recorder;
    }

    Politeness politeness() {
        return politeness;
    }

    private static ContentType contentType(Exchange exchange) {
        try {
            return exchange.header("Content-Type").map(ContentType::parse).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
