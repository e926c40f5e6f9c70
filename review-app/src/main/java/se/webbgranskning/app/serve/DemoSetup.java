package se.webbgranskning.app.serve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import se.webbgranskning.app.admin.CrawlJobs;
import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.auth.Users;
import se.webbgranskning.app.review.ReviewRound;
import se.webbgranskning.checklist.BundledChecklists;
import se.webbgranskning.crawl.CrawlSettings;
import se.webbgranskning.crawl.SiteTarget;
import se.webbgranskning.crawl.fixture.FixtureSite;
import se.webbgranskning.crawl.fixture.FixtureWeb;
import se.webbgranskning.crawl.run.CrawlProgress;
import se.webbgranskning.crawl.run.CrawlRound;
import se.webbgranskning.crawl.run.RoundResult;
import se.webbgranskning.crawl.scope.ScopeRules;

/**
 * Fills a data directory with a demo: a crawl of the fixture web's fictional municipalities, accounts for each
 * role, and a review round with the municipalities spread over the two reviewers.
 */
public final class DemoSetup {

    /** An account made for the demo, with its password (shown once). */
    public record Account(String username, Role role, String password) {
    }

    /** What the demo made. */
    public record Result(RoundResult crawl, ReviewRound reviewRound, List<Account> accounts) {
    }

    static final String ACTOR = "demo";

    private DemoSetup() {
    }

    /** Polite towards the fixture web, yet done in well under a minute. */
    static CrawlSettings crawlSettings() {
        return new CrawlSettings(120, 6, 20L * 1024 * 1024, Duration.ofSeconds(90), Duration.ofMillis(100),
                Duration.ofSeconds(5), CrawlSettings.DEFAULT_USER_AGENT, 8, true);
    }

    /** What a crawl started from the demo's app covers: the fixture sites, resolved to the fixture web. */
    public static CrawlJobs.CrawlSetup crawlSetup(FixtureWeb web) {
        return new CrawlJobs.CrawlSetup(web.sites().stream().map(FixtureSite::target).toList(), web.hostResolver(),
                crawlSettings());
    }

    public static Result prepare(AppServices services, FixtureWeb web, List<FixtureSite> sites, CrawlProgress progress)
            throws InterruptedException {
        List<SiteTarget> targets = sites.stream().map(FixtureSite::target).toList();
        RoundResult crawl = new CrawlRound(services.dataDirectory(), services.pageIndex(), crawlSettings(),
                ScopeRules.bundled(), web.hostResolver(), services.clock()).start(targets, progress);

        List<Account> accounts = new ArrayList<>();
        accounts.add(account(services.users().create(ACTOR, "admin", "Petra Projektledare", Role.ADMIN, null)));
        accounts.add(account(services.users().create(ACTOR, "granskare1", "Anna Granskare", Role.REVIEWER, null)));
        accounts.add(account(services.users().create(ACTOR, "granskare2", "Bo Granskare", Role.REVIEWER, null)));
        accounts.add(account(services.users().create(ACTOR, "kommun", sites.get(0).name(), Role.MUNICIPALITY,
                sites.get(0).code())));

        List<String> editions = BundledChecklists.ids();
        String checklist = editions.get(editions.size() - 1);
        ReviewRound round = services.reviewRounds().create(ACTOR, "Demo – " + checklist, crawl.roundId(), checklist);
        services.reviewRounds().spreadEvenly(ACTOR, round, services.users().all());
        return new Result(crawl, round, accounts);
    }

    private static Account account(Users.Issued issued) {
        return new Account(issued.user().username(), issued.user().role(), issued.password());
    }
}
