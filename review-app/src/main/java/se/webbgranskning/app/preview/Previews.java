package se.webbgranskning.app.preview;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.webbgranskning.app.UserError;
import se.webbgranskning.app.admin.CrawlJobs;
import se.webbgranskning.app.audit.AuditLog;
import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.auth.User;
import se.webbgranskning.app.precheck.SnapshotSuggestions;
import se.webbgranskning.app.review.ChecklistEditions;
import se.webbgranskning.app.review.ReviewRounds;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.crawl.SiteTarget;
import se.webbgranskning.crawl.index.IndexedPage;
import se.webbgranskning.crawl.index.PageIndex;
import se.webbgranskning.crawl.precheck.ItemSuggestion;
import se.webbgranskning.crawl.precheck.Precheck;
import se.webbgranskning.crawl.precheck.PrecheckInputReader;
import se.webbgranskning.crawl.precheck.Verdict;
import se.webbgranskning.crawl.run.CrawlProgress;
import se.webbgranskning.crawl.run.CrawlRound;
import se.webbgranskning.crawl.scope.ScopeRules;

/**
 * "Förhandsgranska vår webbplats": a municipality user has the app crawl the municipality's own site now (its
 * start page from the registry, so only hosts of its registered domain; public addresses only, checked at every
 * connect and redirect), runs the pre-check on it and keeps the verdicts for the next preview to compare with.
 * One preview at a time per municipality and a daily limit, both counted in the database so a restart keeps them.
 */
public final class Previews implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Previews.class);
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    static final int HISTORY = 10;

    private final PreviewRuns runs;
    private final PreviewStore store;
    private final CrawlJobs.CrawlSetup setup;
    private final PreviewSettings settings;
    private final ChecklistEditions editions;
    private final ReviewRounds rounds;
    private final PreviewReports reports;
    private final AuditLog audit;
    private final Clock clock;
    private final ExecutorService workers = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "preview");
        thread.setDaemon(true);
        return thread;
    });
    private SnapshotSuggestions suggestions;

    private Previews(PreviewRuns runs, PreviewStore store, CrawlJobs.CrawlSetup setup, PreviewSettings settings,
                     ChecklistEditions editions, ReviewRounds rounds, PreviewReports reports, AuditLog audit,
                     Clock clock) {
        this.runs = runs;
        this.store = store;
        this.setup = setup;
        this.settings = settings;
        this.editions = editions;
        this.rounds = rounds;
        this.reports = reports;
        this.audit = audit;
        this.clock = clock;
        int abandoned = runs.failAbandoned(OffsetDateTime.now(clock));
        if (abandoned > 0) {
            LOG.warn("{} förhandsgranskningar avbröts när appen stoppades och är markerade som misslyckade", abandoned);
        }
    }

    /** Previews recorded in {@code jdbi}, crawled into the preview store under {@code dataDirectory}. */
    public static Previews open(Jdbi jdbi, Path dataDirectory, CrawlJobs.CrawlSetup setup, PreviewSettings settings,
                                ChecklistEditions editions, ReviewRounds rounds, PreviewReports reports,
                                AuditLog audit, Clock clock) {
        return new Previews(new PreviewRuns(jdbi), new PreviewStore(dataDirectory), setup, settings, editions,
                rounds, reports, audit, clock);
    }

    public PreviewSettings settings() {
        return settings;
    }

    /** Starts a preview of the user's municipality in the background; refuses with the reason in Swedish. */
    public synchronized PreviewRun start(User user) {
        String code = municipalityOf(user);
        SiteTarget site = setup.sites().stream().filter(target -> target.code().equals(code)).findFirst()
                .orElseThrow(() -> new UserError("Kommunens webbplats finns inte i registret, så den kan inte"
                        + " förhandsgranskas. Kontakta projektledaren."));
        if (history(user).stream().anyMatch(PreviewRun::running)) {
            throw new UserError("En förhandsgranskning av er webbplats pågår redan. Vänta tills den är klar.");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime dayStart = now.atZoneSameInstant(SWEDEN).toLocalDate().atStartOfDay(SWEDEN).toOffsetDateTime();
        if (runs.countSince(code, dayStart) >= settings.dailyLimit()) {
            throw new UserError("Ni har gjort " + settings.dailyLimit() + " förhandsgranskningar i dag, vilket är"
                    + " gränsen per dag. Försök igen i morgon.");
        }
        Checklist checklist = editions.require(editions.currentId(rounds.rounds()));
        long id = runs.insertRunning(code, user.username(), now, checklist.id());
        audit.record(user.username(), "förhandsgranskning startad", "kommun " + code, null, null,
                site.startUrl().toString());
        workers.submit(() -> run(id, site, checklist));
        return runs.find(id).orElseThrow();
    }

    /** The user's municipality's previews, newest first. */
    public List<PreviewRun> history(User user) {
        return runs.of(municipalityOf(user), HISTORY);
    }

    /**
     * The newest finished preview of a municipality's {@link #history} with every item, compared with the finished
     * one before it.
     */
    public Optional<PreviewReport> latestReport(List<PreviewRun> history) {
        List<PreviewRun> done = history.stream().filter(run -> run.status() == PreviewStatus.DONE).toList();
        if (done.isEmpty()) {
            return Optional.empty();
        }
        PreviewRun latest = done.get(0);
        Optional<PreviewRun> previous = done.stream().skip(1).findFirst();
        Checklist checklist = editions.require(latest.checklistId());
        Map<String, ItemSuggestion> now = suggestions().of(latest.crawlRoundId(), latest.kommunkod(), checklist);
        Map<String, Verdict> before = previous
                .map(run -> runs.verdicts(run.previewId())).orElse(Map.of());
        return Optional.of(reports.report(latest, previous, checklist, now, before));
    }

    private void run(long previewId, SiteTarget site, Checklist checklist) {
        try {
            PageIndex index = new PageIndex(store.jdbi());
            CrawlRound crawl = new CrawlRound(store.directory(), index, settings.crawlSettings(setup.settings()),
                    ScopeRules.bundled(), setup.resolver(), clock);
            String roundId = crawl.register(List.of(site));
            runs.setCrawlRound(previewId, roundId);
            crawl.crawl(roundId, List.of(site), CrawlProgress.silent());
            Map<String, ItemSuggestion> found = suggestions().of(roundId, site.code(), checklist);
            List<IndexedPage> pages = index.pages(roundId, site.code());
            long withText = pages.stream().filter(page -> page.mainText() != null && page.failureKind() == null).count();
            if (withText == 0) {
                runs.fail(previewId, OffsetDateTime.now(clock), "Inga sidor kunde hämtas från " + site.startUrl()
                        + firstProblem(pages));
                return;
            }
            runs.finish(previewId, OffsetDateTime.now(clock), (int) withText, List.copyOf(found.values()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            runs.fail(previewId, OffsetDateTime.now(clock), "Förhandsgranskningen avbröts.");
        } catch (RuntimeException e) {
            LOG.error("Förhandsgranskning {} av {} misslyckades", previewId, site.code(), e);
            runs.fail(previewId, OffsetDateTime.now(clock), "Förhandsgranskningen misslyckades: " + e.getMessage());
        }
    }

    private static String firstProblem(List<IndexedPage> pages) {
        return pages.stream().map(IndexedPage::failureReason).filter(reason -> reason != null && !reason.isBlank())
                .findFirst().map(reason -> ": " + reason).orElse(".");
    }

    private synchronized SnapshotSuggestions suggestions() {
        if (suggestions == null) {
            suggestions = new SnapshotSuggestions(new PrecheckInputReader(store.jdbi()), Precheck.bundled());
        }
        return suggestions;
    }

    private static String municipalityOf(User user) {
        if (user.role() != Role.MUNICIPALITY || user.kommunkod() == null) {
            throw new UserError("Förhandsgranskningen är till för kommunernas konton.");
        }
        return user.kommunkod();
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
