package se.webbgranskning.app.admin;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.webbgranskning.app.UserError;
import se.webbgranskning.app.audit.AuditLog;
import se.webbgranskning.crawl.CrawlSettings;
import se.webbgranskning.crawl.SiteTarget;
import se.webbgranskning.crawl.index.PageIndex;
import se.webbgranskning.crawl.net.HostResolver;
import se.webbgranskning.crawl.run.CrawlProgress;
import se.webbgranskning.crawl.run.CrawlRound;
import se.webbgranskning.crawl.scope.ScopeRules;

/**
 * Crawl rounds started from the app, run one at a time in the background. Progress is read from the page
 * index, so it shows the same for a round started here, from the command line, or before a restart.
 */
public final class CrawlJobs implements AutoCloseable {

    /** What the app may crawl (the registry's municipalities, or the demo's fixture sites) and how. */
    public record CrawlSetup(List<SiteTarget> sites, HostResolver resolver, CrawlSettings settings) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(CrawlJobs.class);

    private final Path dataDirectory;
    private final PageIndex index;
    private final CrawlSetup setup;
    private final AuditLog audit;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "crawl-from-app");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<String> running = new AtomicReference<>();

    public CrawlJobs(Path dataDirectory, PageIndex index, CrawlSetup setup, AuditLog audit, Clock clock) {
        this.dataDirectory = dataDirectory;
        this.index = index;
        this.setup = setup;
        this.audit = audit;
        this.clock = clock;
    }

    public List<SiteTarget> available() {
        return setup.sites();
    }

    public Optional<String> running() {
        return Optional.ofNullable(running.get());
    }

    /** Starts a round over the chosen municipalities (all when none are chosen); returns its id at once. */
    public synchronized String start(String actor, Collection<String> codes) {
        List<SiteTarget> sites = codes.isEmpty() ? setup.sites()
                : setup.sites().stream().filter(site -> codes.contains(site.code())).toList();
        if (sites.isEmpty() || sites.size() < codes.size()) {
            throw new UserError("Välj kommuner ur listan (okända kommunkoder: " + codes.stream()
                    .filter(code -> setup.sites().stream().noneMatch(site -> site.code().equals(code)))
                    .toList() + ").");
        }
        if (running.get() != null) {
            throw new UserError("Genomsökningen " + running.get() + " pågår redan. Vänta tills den är klar.");
        }
        CrawlRound round = new CrawlRound(dataDirectory, index, setup.settings(), ScopeRules.bundled(),
                setup.resolver(), clock);
        String roundId = round.register(sites);
        audit.record(actor, "genomsökning startad", "genomsökning " + roundId, null, null, sites.size() + " kommuner");
        running.set(roundId);
        worker.submit(() -> {
            try {
                round.crawl(roundId, sites, CrawlProgress.silent());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.error("Genomsökningen {} avbröts", roundId, e);
            } finally {
                running.set(null);
            }
        });
        return roundId;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
