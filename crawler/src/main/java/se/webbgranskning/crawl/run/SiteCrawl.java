package se.webbgranskning.crawl.run;

import de.hshn.mi.crawler4j.frontier.HSQLDBFrontierConfiguration;
import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.crawler.CrawlController;
import edu.uci.ics.crawler4j.url.TLDList;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import se.webbgranskning.crawl.CrawlSettings;
import se.webbgranskning.crawl.LimitKind;
import se.webbgranskning.crawl.SiteTarget;
import se.webbgranskning.crawl.fetch.HttpFetcher;
import se.webbgranskning.crawl.fetch.Politeness;
import se.webbgranskning.crawl.index.PageIndex;
import se.webbgranskning.crawl.net.AddressPolicy;
import se.webbgranskning.crawl.net.HostResolver;
import se.webbgranskning.crawl.scope.LinkPolicy;
import se.webbgranskning.crawl.scope.ScopeRules;
import se.webbgranskning.crawl.scope.SiteScope;
import se.webbgranskning.crawl.scope.SiteUrlNormalizer;

/**
 * One municipality's crawl: a crawler4j controller of its own, with its own resumable frontier folder, one worker
 * (politeness makes requests to a site sequential anyway) and a watchdog that stops it at the time limit and
 * does not wait forever for a controller that fails to finish.
 */
final class SiteCrawl {


    private final String roundId;
    private final SiteTarget site;
    private final CrawlSettings settings;
    private final ScopeRules rules;
    private final PageIndex index;
    private final WarcFiles warcFiles;
    private final Path stateDir;
    private final HostResolver resolver;
    private final Clock clock;
    private final SiteStats stats = new SiteStats();

    SiteCrawl(String roundId, SiteTarget site, CrawlSettings settings, ScopeRules rules, PageIndex index,
              WarcFiles warcFiles, Path stateDir, HostResolver resolver, Clock clock) {
        this.roundId = roundId;
        this.site = site;
        this.settings = settings;
        this.rules = rules;
        this.index = index;
        this.warcFiles = warcFiles;
        this.stateDir = stateDir;
        this.resolver = resolver;
        this.clock = clock;
    }

    SiteStats stats() {
        return stats;
    }

    /** Crawls until the frontier is empty or a limit stops it; what was fetched is already stored. */
    void run() throws Exception {
        AddressPolicy addresses = settings.allowLocal() ? AddressPolicy.allowingLocal() : AddressPolicy.publicOnly();
        CrawlConfig config = crawlerConfig();
        SiteUrlNormalizer normalizer = new SiteUrlNormalizer(rules.removeQueryParameters());
        LinkPolicy policy = new LinkPolicy(rules, SiteScope.of(site.startUrl()));
        DocumentReader reader = new DocumentReader(se.webbgranskning.crawl.text.PdfLimits.defaults());
        HSQLDBFrontierConfiguration frontier = new HSQLDBFrontierConfiguration(config, 2);
        java.util.function.BooleanSupplier controllerFinished = () -> true;
        java.util.function.BooleanSupplier workerEnded = () -> true;
        FrontierFiles frontierFiles = new FrontierFiles(stateDir);
        frontierFiles.requeueInterrupted();
        try (HttpFetcher http = new HttpFetcher(settings, resolver, addresses, clock);
             SiteRecorder recorder = new SiteRecorder(roundId, site, index, reader, warcFiles, clock, stats)) {
            restoreRedirects(recorder);
            RecordingPageFetcher fetcher = new RecordingPageFetcher(config, normalizer, http,
                    new Politeness(settings.delay(), clock), recorder, policy::allowsRedirectTo);
            RobotsGate robots = new RobotsGate(fetcher, frontier.getWebURLFactory(), "webbgranskning");
            java.util.Set<String> accepted = java.util.concurrent.ConcurrentHashMap.newKeySet();
            LinkParser parser = new LinkParser(config, normalizer, new TLDList(config), frontier.getWebURLFactory(),
                    recorder, accepted);
            CrawlController controller = new CrawlController(config, normalizer, fetcher, parser, robots, null,
                    frontier);
            AtomicInteger fetched = new AtomicInteger(index.fetchedCount(roundId, site.code()));
            controller.addSeed(site.startUrl().toString());
            AtomicReference<SiteCrawler> worker = new AtomicReference<>();
            controller.startNonBlocking(() -> {
                SiteCrawler crawler = new SiteCrawler(policy, site.startUrl(), settings.maxDepth(),
                        settings.pageBudget(), fetched, stats, accepted, recorder::storageFailed);
                worker.set(crawler);
                return crawler;
            }, 1);
            CrawlWatch.Ending ending = new CrawlWatch(clock).watch(controller, worker::get,
                    settings.maxSiteDuration(), site.code());
            controllerFinished = controller::isFinished;
            workerEnded = () -> worker.get() == null || worker.get().getThread() == null
                    || !worker.get().getThread().isAlive();
            if (ending == CrawlWatch.Ending.TIME_LIMIT) {
                stats.limitHit(LimitKind.TIME);
            }
            if (recorder.storageFailure().isPresent()) {
                throw recorder.storageFailure().get();
            }
        } finally {
            // Normally the worker has ended and the frontier can be closed at once. If it has not (it outlived the
            // watch's grace), that waits for crawler4j's monitor, off this thread.
            if (workerEnded.getAsBoolean()) {
                frontierFiles.shutdownNow(frontier);
            } else {
                frontierFiles.shutdownAfter(frontier, controllerFinished);
            }
        }
    }

    /** A resumed crawl must know which URLs redirected where, to give later hops their whole chain. */
    private void restoreRedirects(SiteRecorder recorder) {
        for (var page : index.pagesWithoutText(roundId, site.code())) {
            String target = page.status() != null && page.status() >= 300 && page.status() < 400
                    ? RedirectChains.target(page) : null;
            if (target != null) {
                recorder.rememberRedirect(page.url(), target);
            }
        }
    }

    private CrawlConfig crawlerConfig() {
        CrawlConfig config = new CrawlConfig();
        config.setCrawlStorageFolder(stateDir.toString());
        // Always a file frontier in a folder of its own: the in-memory one is shared by every controller in the JVM.
        config.setResumableCrawling(true);
        config.setPolitenessDelay(0); // applied per host by our fetcher, with Crawl-delay
        config.setMaxDepthOfCrawling(-1); // enforced (and recorded) by SiteCrawler
        config.setMaxPagesToFetch(-1); // enforced (and recorded) by SiteCrawler
        config.setMaxDownloadSize((int) Math.min(Integer.MAX_VALUE - 1, settings.maxDocumentBytes() + 1));
        config.setIncludeBinaryContentInCrawling(true);
        config.setIncludeHttpsPages(true);
        config.setFollowRedirects(true);
        config.setRespectNoFollow(false);
        config.setRespectNoIndex(false);
        config.setUserAgentString(settings.userAgent());
        config.setHaltOnError(false);
        // CrawlWatch ends the crawl when nothing is left; crawler4j's monitor is only the fallback that closes the
        // frontier afterwards. Its own idle test looks at the queue but not at the page in process, so under load
        // it can close the frontier under a busy worker: a long second look (5 s) makes that all but impossible,
        // and costs no crawl time because nothing waits for the monitor.
        config.setThreadMonitoringDelaySeconds(1);
        config.setThreadShutdownDelaySeconds(5);
        config.setCleanupDelaySeconds(0);
        return config;
    }
}
