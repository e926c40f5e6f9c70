package se.webbgranskning.crawl.run;

import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.crawler.WebCrawler;
import edu.uci.ics.crawler4j.url.WebURL;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import se.webbgranskning.crawl.LimitKind;
import se.webbgranskning.crawl.scope.LinkPolicy;
import se.webbgranskning.crawl.scope.LinkPriority;

/**
 * The crawler4j worker of one municipality: decides which links to follow (the {@link LinkPolicy}), enforces
 * the page budget and depth limit, recording when either cuts the crawl short. Fetching and recording happen in
 * {@link RecordingPageFetcher}; the hooks crawler4j calls for errors have nothing left to do.
 */
final class SiteCrawler extends WebCrawler {

    private final LinkPolicy policy;
    private final URI startUrl;
    private final int maxDepth;
    private final int pageBudget;
    private final AtomicInteger fetched;
    private final SiteStats stats;
    private final java.util.Set<String> accepted;
    private final java.util.function.BooleanSupplier storageFailed;

    SiteCrawler(LinkPolicy policy, URI startUrl, int maxDepth, int pageBudget, AtomicInteger fetched,
                SiteStats stats, java.util.Set<String> accepted, java.util.function.BooleanSupplier storageFailed) {
        this.storageFailed = storageFailed;
        this.policy = policy;
        this.startUrl = startUrl;
        this.maxDepth = maxDepth;
        this.pageBudget = pageBudget;
        this.fetched = fetched;
        this.stats = stats;
        this.accepted = accepted;
    }

    /** crawler4j swallows what kills a worker (and starts another); say what it was. */
    @Override
    public void run() {
        super.run();
        Throwable error = getError();
        if (error != null) {
            logger.error("Kommun-crawlern stoppades av ett oväntat fel", error);
        }
    }

    @Override
    protected WebURL handleUrlBeforeProcess(WebURL url) {
        if (storageFailed.getAsBoolean()) {
            // nothing fetched now could be stored: stop, and let SiteCrawl report the municipality as failed
            getMyController().shutdown();
            return null;
        }
        if (fetched.get() >= pageBudget) {
            stats.limitHit(LimitKind.PAGE_BUDGET);
            getMyController().shutdown();
            return null;
        }
        fetched.incrementAndGet();
        return url;
    }

    @Override
    public boolean shouldVisit(Page referringPage, WebURL url) {
        URI link;
        try {
            link = URI.create(url.getURL());
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (referringPage.isRedirect()) {
            return policy.allowsRedirectTo(link);
        }
        boolean fromRelevant = false;
        URI from = URI.create(referringPage.getWebURL().getURL());
        if (referringPage.getParseData() instanceof LinkParseData data) {
            fromRelevant = data.relevant(document -> policy.isRelevantPage(from, document.title(),
                    document.mainText()));
        }
        boolean fromStart = referringPage.getWebURL().getDepth() == 0 || from.equals(startUrl);
        Optional<LinkPriority> priority = policy.decide(link, url.getAnchor() == null ? "" : url.getAnchor(), from,
                fromRelevant, fromStart);
        if (priority.isEmpty()) {
            return false;
        }
        if (url.getDepth() > maxDepth) {
            stats.limitHit(LimitKind.DEPTH);
            return false;
        }
        url.setPriority(priority.get().frontierValue());
        accepted.add(url.getURL());
        return true;
    }

    @Override
    protected void onUnexpectedStatusCode(String urlStr, int statusCode, String contentType, String description) {
        // recorded with its status and headers by the fetcher
    }

    @Override
    protected void onContentFetchError(Page page, Exception e) {
        // recorded by the fetcher
    }

    @Override
    protected void onUnhandledException(Page page, Throwable e) {
        if (e instanceof RecordingPageFetcher.AlreadyRecordedFailure) {
            return;
        }
        logger.warn("Oväntat fel vid hämtning av {}: {}", page == null ? "?" : page.getWebURL().getURL(),
                e.toString());
    }

    @Override
    protected void onPageBiggerThanMaxSize(Page page, long pageSize) {
        // the fetcher enforces the size limit and records it
    }

    @Override
    protected void onRedirectedToInvalidUrl(Page page) {
        // a redirect we refused to follow (loop, off-site, invalid): recorded by the fetcher
    }

    @Override
    protected void onParseError(WebURL webUrl, Exception e) {
        logger.debug("Kunde inte tolka {}: {}", webUrl.getURL(), e.toString());
    }
}
