package se.webbgranskning.crawl.run;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.webbgranskning.crawl.CrawlSettings;
import se.webbgranskning.crawl.LimitKind;
import se.webbgranskning.crawl.SiteTarget;
import se.webbgranskning.crawl.index.PageIndex;
import se.webbgranskning.crawl.net.HostResolver;
import se.webbgranskning.crawl.scope.ScopeRules;
import se.webbgranskning.crawl.warc.WarcStorage;

/**
 * A crawl round: many municipalities at once, one controller each, so that a round takes about as long as its
 * largest site needs at the polite delay rather than the sum of all sites. Writes WARC files under
 * {@code <data>/warc/<round>/}, frontier state under {@code <data>/crawl-state/<round>/<kommunkod>/}.
 */
public final class CrawlRound {

    private static final Logger LOG = LoggerFactory.getLogger(CrawlRound.class);

    private final Path dataDir;
    private final PageIndex index;
    private final CrawlSettings settings;
    private final ScopeRules rules;
    private final HostResolver resolver;
    private final Clock clock;
    private final WarcStorage warcStorage;

    public CrawlRound(Path dataDir, PageIndex index, CrawlSettings settings, ScopeRules rules, HostResolver resolver,
                      Clock clock) {
        this(dataDir, index, settings, rules, resolver, clock, WarcStorage.files());
    }

    /** A round whose WARC bytes go where {@code warcStorage} says (tests: a full disk, a refused file). */
    CrawlRound(Path dataDir, PageIndex index, CrawlSettings settings, ScopeRules rules, HostResolver resolver,
               Clock clock, WarcStorage warcStorage) {
        // crawler-commons builds its public-suffix trie lazily without a lock: hundreds of sites starting at once
        // would each build one (hundreds of MB, and minutes of CPU). Build it once, here.
        crawlercommons.domains.EffectiveTldFinder.getInstance();
        Warmup.startOnce();
        this.dataDir = dataDir;
        this.index = index;
        this.settings = settings;
        this.rules = rules;
        this.resolver = resolver;
        this.clock = clock;
        this.warcStorage = warcStorage;
    }

    /** Starts a new round over {@code sites}; returns its id once every site is done. */
    public RoundResult start(List<SiteTarget> sites, CrawlProgress progress) throws InterruptedException {
        return crawl(register(sites), sites, progress);
    }

    /**
     * Registers a new round and its sites without fetching anything, so that a caller running the crawl in the
     * background knows the round's id at once and can show its progress from the index.
     */
    public String register(List<SiteTarget> sites) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        String roundId = index.newRoundId(LocalDate.now(clock), now, SettingsJson.write(settings));
        for (SiteTarget site : sites) {
            index.addSite(roundId, site.code(), site.name(), site.startUrl().toString());
        }
        return roundId;
    }

    /** Crawls the sites of a round {@link #register}ed with exactly these sites. */
    public RoundResult crawl(String roundId, List<SiteTarget> sites, CrawlProgress progress)
            throws InterruptedException {
        return run(roundId, sites, progress);
    }

    /**
     * Continues a round that was stopped (even by SIGKILL): first indexes what its WARC files hold beyond the
     * index, then crawls every municipality not finished, from its saved frontier, with the round's own settings.
     * Finished municipalities are left as they are; nothing is fetched or written twice.
     */
    public static RoundResult resume(Path dataDir, PageIndex index, ScopeRules rules, HostResolver resolver,
                                     Clock clock, String roundId, CrawlProgress progress) throws InterruptedException {
        CrawlSettings settings = SettingsJson.read(index.roundSettings(roundId).orElseThrow(
                () -> new IllegalArgumentException("omgången " + roundId + " finns inte")));
        CrawlRound round = new CrawlRound(dataDir, index, settings, rules, resolver, clock);
        WarcReindex reindex = new WarcReindex(dataDir.resolve("warc"), index, rules);
        List<SiteTarget> unfinished = new ArrayList<>();
        for (var site : index.sites(roundId)) {
            if (!"done".equals(site.status())) {
                try {
                    reindex.reconcile(roundId, site.kommunkod()).problems()
                            .forEach(problem -> LOG.warn("Omgång {}: {}", roundId, problem));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                unfinished.add(new SiteTarget(site.kommunkod(), site.name(), java.net.URI.create(site.startUrl())));
            }
        }
        return round.run(roundId, unfinished, progress);
    }

    private RoundResult run(String roundId, List<SiteTarget> sites, CrawlProgress progress)
            throws InterruptedException {
        WarcFiles warcFiles = new WarcFiles(dataDir.resolve("warc"), settings, warcStorage);
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.parallelSites(), Math.max(1, sites.size())));
        List<Future<SiteResult>> futures = new ArrayList<>();
        for (SiteTarget site : sites) {
            futures.add(pool.submit(() -> {
                progress.siteStarted(site);
                SiteResult result = crawlOne(roundId, site, warcFiles);
                progress.siteFinished(result, done.incrementAndGet(), sites.size());
                return result;
            }));
        }
        pool.shutdown();
        List<SiteResult> results = new ArrayList<>();
        for (Future<SiteResult> future : futures) {
            try {
                results.add(future.get());
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("en kommuns genomsökning kastade ett oväntat fel", e.getCause());
            }
        }
        index.finishRound(roundId, OffsetDateTime.now(clock));
        return new RoundResult(roundId, results);
    }

    private SiteResult crawlOne(String roundId, SiteTarget site, WarcFiles warcFiles) {
        Instant started = clock.instant();
        index.startSite(roundId, site.code(), OffsetDateTime.ofInstant(started, ZoneOffset.UTC));
        SiteCrawl crawl = new SiteCrawl(roundId, site, settings, rules, index, warcFiles,
                dataDir.resolve("crawl-state").resolve(roundId).resolve(site.code()), resolver, clock);
        Optional<String> error = Optional.empty();
        try {
            crawl.run();
            SiteCompletion.complete(index, roundId, site.code(), site.startUrl().toString());
        } catch (Exception e) {
            LOG.error("Kommun {} ({}): genomsökningen avbröts", site.code(), site.name(), e);
            error = Optional.of(e.getMessage() == null ? e.toString() : e.getMessage());
        }
        SiteStats stats = crawl.stats();
        double seconds = Duration.between(started, clock.instant()).toMillis() / 1000.0;
        String limits = stats.limitsHit().stream().map(LimitKind::key).sorted().collect(Collectors.joining(","));
        index.finishSite(roundId, site.code(), error.isPresent() ? "failed" : "done",
                OffsetDateTime.now(clock), seconds, limits, error.orElse(null));
        return new SiteResult(site, stats.pages(), stats.pdfs(), stats.failures(), stats.bytesReceived(),
                stats.bytesWritten(), seconds, stats.limitsHit(), error);
    }

}
