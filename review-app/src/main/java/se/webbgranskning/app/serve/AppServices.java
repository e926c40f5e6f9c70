package se.webbgranskning.app.serve;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import io.javalin.Javalin;
import org.jdbi.v3.core.Jdbi;

import se.webbgranskning.app.admin.AccountRoutes;
import se.webbgranskning.app.admin.ChecklistRoutes;
import se.webbgranskning.app.admin.CrawlJobs;
import se.webbgranskning.app.admin.CrawlRoutes;
import se.webbgranskning.app.admin.RoundRoutes;
import se.webbgranskning.app.audit.AuditLog;
import se.webbgranskning.app.auth.LoginRoutes;
import se.webbgranskning.app.auth.LoginThrottle;
import se.webbgranskning.app.auth.PasswordHasher;
import se.webbgranskning.app.auth.Sessions;
import se.webbgranskning.app.auth.Users;
import se.webbgranskning.app.checklist.PublicChecklistRoutes;
import se.webbgranskning.app.db.Database;
import se.webbgranskning.app.db.Storage;
import se.webbgranskning.app.health.HealthRoutes;
import se.webbgranskning.app.municipalities.MunicipalityHomeRoutes;
import se.webbgranskning.app.municipalities.MunicipalityNames;
import se.webbgranskning.app.results.AdjudicationRoutes;
import se.webbgranskning.app.results.Adjudications;
import se.webbgranskning.app.results.ChartRoutes;
import se.webbgranskning.app.results.EvidenceBundles;
import se.webbgranskning.app.results.FinalScores;
import se.webbgranskning.app.results.GoodExamples;
import se.webbgranskning.app.results.Publication;
import se.webbgranskning.app.results.Reports;
import se.webbgranskning.app.results.ResultRoutes;
import se.webbgranskning.app.results.RoundResults;
import se.webbgranskning.app.results.YearOnYear;
import se.webbgranskning.app.precheck.PrecheckFeedback;
import se.webbgranskning.app.preview.PreviewReports;
import se.webbgranskning.app.preview.PreviewRoutes;
import se.webbgranskning.app.preview.PreviewSettings;
import se.webbgranskning.app.preview.Previews;
import se.webbgranskning.app.precheck.SnapshotSuggestions;
import se.webbgranskning.app.review.ReviewSuggestions;
import se.webbgranskning.app.review.ArchivedPageRoutes;
import se.webbgranskning.app.review.ChecklistEditions;
import se.webbgranskning.app.review.ReviewRounds;
import se.webbgranskning.app.review.ReviewRoutes;
import se.webbgranskning.app.review.Reviews;
import se.webbgranskning.app.secondreview.AgreementRoutes;
import se.webbgranskning.app.secondreview.RoundAgreement;
import se.webbgranskning.app.secondreview.SecondReviews;
import se.webbgranskning.app.snapshot.ArchivedPageResponse;
import se.webbgranskning.app.snapshot.Snapshots;
import se.webbgranskning.app.web.Templates;
import se.webbgranskning.app.web.TrustedProxies;
import se.webbgranskning.app.web.WebSecurity;
import se.webbgranskning.app.web.WebServer;
import se.webbgranskning.crawl.precheck.Precheck;
import se.webbgranskning.crawl.precheck.PrecheckInputReader;
import se.webbgranskning.crawl.CrawlSettings;
import se.webbgranskning.crawl.SiteTarget;
import se.webbgranskning.crawl.index.PageIndex;
import se.webbgranskning.crawl.net.HostResolver;
import se.webbgranskning.municipality.MunicipalityRegistry;

/** The app's parts wired together over one data directory: what {@code serve}, {@code demo} and tests share. */
public final class AppServices {

    private final Path dataDirectory;
    private final Jdbi jdbi;
    private final Clock clock;
    private final MunicipalityRegistry registry;
    private final AuditLog audit;
    private final MunicipalityNames municipalityNames;
    private final Users users;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final Templates templates = new Templates();
    private final PageIndex pageIndex;
    private final ChecklistEditions editions;
    private final Snapshots snapshots;
    private final ReviewRounds reviewRounds;
    private final Reviews reviews;

    private final CrawlJobs crawlJobs;
    private final SecondReviews secondReviews;
    private final FinalScores finalScores;
    private final RoundResults roundResults;
    private final Adjudications adjudications;
    private final Publication publication;
    private final GoodExamples goodExamples;
    private final Reports reports;
    private final PrecheckFeedback precheckFeedback;
    private final ReviewSuggestions reviewSuggestions;
    private final Previews previews;

    private AppServices(Path dataDirectory, Jdbi jdbi, MunicipalityRegistry registry, Clock clock,
                        CrawlJobs.CrawlSetup crawlSetup, PreviewSettings previewSettings) {
        this.dataDirectory = dataDirectory;
        this.jdbi = jdbi;
        this.clock = clock;
        this.registry = registry;
        this.audit = new AuditLog(jdbi, clock);
        this.municipalityNames = new MunicipalityNames(registry, jdbi);
        this.users = new Users(jdbi, new PasswordHasher(), audit, municipalityNames::known, clock);
        this.sessions = new Sessions(jdbi, users, clock);
        this.throttle = new LoginThrottle(clock);
        this.pageIndex = new PageIndex(jdbi);
        this.editions = new ChecklistEditions(jdbi, audit, clock);
        this.snapshots = new Snapshots(jdbi);
        this.reviewRounds = new ReviewRounds(jdbi, pageIndex, editions, audit, clock);
        this.reviews = new Reviews(jdbi, editions, snapshots, audit, clock);
        this.crawlJobs = new CrawlJobs(dataDirectory, pageIndex, crawlSetup, audit, clock);
        this.secondReviews = new SecondReviews(jdbi, reviewRounds, audit, clock);
        this.finalScores = new FinalScores(jdbi, pageIndex, editions);
        this.roundResults = new RoundResults(finalScores, editions, registry);
        this.adjudications = new Adjudications(jdbi, editions, finalScores, audit, clock);
        this.publication = new Publication(jdbi, roundResults, audit, clock);
        this.goodExamples = new GoodExamples(jdbi);
        this.reports = new Reports(jdbi, roundResults, goodExamples,
                new YearOnYear(reviewRounds, roundResults, editions));
        this.precheckFeedback = new PrecheckFeedback(jdbi, audit, clock);
        this.reviewSuggestions = new ReviewSuggestions(reviews,
                new SnapshotSuggestions(new PrecheckInputReader(jdbi), Precheck.bundled()), precheckFeedback);
        this.previews = Previews.open(jdbi, dataDirectory, crawlSetup, previewSettings, editions, reviewRounds,
                new PreviewReports(reviewRounds, roundResults, goodExamples), audit, clock);
    }

    /** The app over a data directory and database; crawls started from it cover the registry's municipalities. */
    public static AppServices open(Storage storage, MunicipalityRegistry registry, Clock clock) {
        return open(storage, registry, clock, registryCrawls(registry));
    }

    /** The app with its own idea of what a crawl from the app covers (the demo's fixture sites). */
    public static AppServices open(Storage storage, MunicipalityRegistry registry, Clock clock,
                                   CrawlJobs.CrawlSetup crawlSetup) {
        return open(storage, registry, clock, crawlSetup, PreviewSettings.defaults());
    }

    /** As above, with the size and daily limit of municipalities' previews chosen. */
    public static AppServices open(Storage storage, MunicipalityRegistry registry, Clock clock,
                                   CrawlJobs.CrawlSetup crawlSetup, PreviewSettings previewSettings) {
        return new AppServices(storage.dataDirectory(), Database.open(storage.database()), registry, clock,
                crawlSetup, previewSettings);
    }

    /**
     * The app over a database opened elsewhere, e.g. one whose connections a test switches off and on again to
     * show that the app recovers without a restart.
     */
    public static AppServices over(Path dataDirectory, Jdbi jdbi, MunicipalityRegistry registry, Clock clock) {
        return new AppServices(dataDirectory, jdbi, registry, clock, registryCrawls(registry),
                PreviewSettings.defaults());
    }

    /** Crawls (and previews) of the registry's websites with the default settings: what {@code serve} does. */
    private static CrawlJobs.CrawlSetup registryCrawls(MunicipalityRegistry registry) {
        List<SiteTarget> sites = registry.all().stream().map(SiteTarget::of).toList();
        return new CrawlJobs.CrawlSetup(sites, HostResolver.system(), CrawlSettings.defaults());
    }

    /** The web app; {@code secureCookies} when it is served over TLS (behind a proxy). */
    public Javalin webApp(boolean secureCookies) {
        return webApp(secureCookies, TrustedProxies.none());
    }

    /** The web app behind the given reverse proxies, whose forwarded headers it then believes. */
    public Javalin webApp(boolean secureCookies, TrustedProxies proxies) {
        WebSecurity security = new WebSecurity(sessions, secureCookies, proxies);
        return WebServer.create(security, templates, List.of(
                new LoginRoutes(users, sessions, throttle, security, templates),
                new AccountRoutes(users, sessions, templates),
                new RoundRoutes(reviewRounds, pageIndex, editions, users, templates, secondReviews),
                new CrawlRoutes(crawlJobs, pageIndex, templates),
                new ChecklistRoutes(editions, templates),
                new ReviewRoutes(reviews, snapshots, reviewSuggestions, templates),
                new ArchivedPageRoutes(reviews, snapshots, dataDirectory.resolve("warc")),
                new AdjudicationRoutes(adjudications, reviewRounds, templates),
                new ChartRoutes(reviewRounds, roundResults, templates),
                new AgreementRoutes(new RoundAgreement(jdbi, editions), reviewRounds, secondReviews, precheckFeedback,
                        editions, templates),
                new ResultRoutes(reviewRounds, roundResults, reports, publication, templates, goodExamples, snapshots,
                        new ArchivedPageResponse(dataDirectory.resolve("warc")),
                        new EvidenceBundles(pageIndex, reports, templates, dataDirectory.resolve("warc"), clock)),
                new MunicipalityHomeRoutes(municipalityNames, reviewRounds, roundResults, templates),
                new PublicChecklistRoutes(editions, reviewRounds, templates),
                new PreviewRoutes(previews, templates),
                new HealthRoutes(jdbi, dataDirectory)));
    }

    public Previews previews() {
        return previews;
    }

    public PrecheckFeedback precheckFeedback() {
        return precheckFeedback;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Clock clock() {
        return clock;
    }

    public MunicipalityRegistry registry() {
        return registry;
    }

    public AuditLog audit() {
        return audit;
    }

    public Users users() {
        return users;
    }

    public Sessions sessions() {
        return sessions;
    }

    public LoginThrottle throttle() {
        return throttle;
    }

    public Templates templates() {
        return templates;
    }

    public PageIndex pageIndex() {
        return pageIndex;
    }

    public ReviewRounds reviewRounds() {
        return reviewRounds;
    }

    public CrawlJobs crawlJobs() {
        return crawlJobs;
    }

    public Reviews reviews() {
        return reviews;
    }

    public Snapshots snapshots() {
        return snapshots;
    }

    public ChecklistEditions editions() {
        return editions;
    }

    public Reports reports() {
        return reports;
    }

    public SecondReviews secondReviews() {
        return secondReviews;
    }

    public RoundResults roundResults() {
        return roundResults;
    }

    public Adjudications adjudications() {
        return adjudications;
    }

    public Publication publication() {
        return publication;
    }
}
