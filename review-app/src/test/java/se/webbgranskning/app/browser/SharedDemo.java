package se.webbgranskning.app.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Stream;

import se.webbgranskning.app.db.Storage;
import se.webbgranskning.app.serve.AppServices;
import se.webbgranskning.app.serve.DemoSetup;
import se.webbgranskning.app.web.TestApp;
import se.webbgranskning.crawl.fixture.FixtureOptions;
import se.webbgranskning.crawl.fixture.FixtureSite;
import se.webbgranskning.crawl.fixture.FixtureWeb;
import se.webbgranskning.crawl.run.CrawlProgress;
import se.webbgranskning.municipality.MunicipalityRegistry;

/**
 * One demo (crawl of two fixture municipalities, accounts, a review round) per JVM, shared by the browser test
 * classes: the crawl is the slow part, and no test needs its own. Ekbacka (9901) goes to granskare1 and Norrvik to
 * granskare2 (the demo spreads codes in order over reviewers in name order), so the test that submits Ekbacka's
 * review and the tests that only look at Norrvik's do not disturb each other, whatever order they run in.
 */
final class SharedDemo {

    private static SharedDemo instance;

    private final FixtureWeb web;
    private final TestApp app;
    private final DemoSetup.Result demo;

    private SharedDemo(FixtureWeb web, TestApp app, DemoSetup.Result demo) {
        this.web = web;
        this.app = app;
        this.demo = demo;
    }

    static synchronized SharedDemo get() throws IOException, InterruptedException {
        if (instance == null) {
            Path directory = Files.createTempDirectory("wg-browser-demo");
            Deque<AutoCloseable> opened = new ConcurrentLinkedDeque<>(); // read by the hook thread
            // Surefire runs every test class in one JVM: the last one out cannot be known, the JVM's end can.
            // Registered first, so that a setup failing halfway leaves nothing behind either.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> cleanUp(opened, directory), "browser-demo-cleanup"));
            FixtureWeb web = FixtureWeb.start(new FixtureOptions(0, Duration.ofSeconds(2)));
            opened.push(web);
            // The demo's crawl setup, so that the municipality's preview crawls the fixture site as in `demo`.
            TestApp app = TestApp.startOn(AppServices.open(Storage.embedded(directory), MunicipalityRegistry.bundled(),
                    Clock.systemDefaultZone(), DemoSetup.crawlSetup(web)));
            opened.push(app);
            List<FixtureSite> sites = List.of(web.site("ekbacka"), web.site("norrvik"));
            DemoSetup.Result demo = DemoSetup.prepare(app.services(), web, sites, CrawlProgress.silent());
            instance = new SharedDemo(web, app, demo);
        }
        return instance;
    }

    String baseUrl() {
        return app.baseUrl();
    }

    FixtureSite site(String key) {
        return web.site(key);
    }

    String crawlRoundId() {
        return demo.crawl().roundId();
    }

    long reviewRoundId() {
        return demo.reviewRound().reviewRoundId();
    }

    /**
     * A new reviewer (password {@link TestApp#PASSWORD}) with Norrvik assigned in a review round of their own,
     * for tests that change a review without disturbing the demo's.
     */
    String reviewerWithOwnRound(String username) {
        var services = app.services();
        var reviewer = services.users().create("test", username, "Test " + username,
                se.webbgranskning.app.auth.Role.REVIEWER, null, TestApp.PASSWORD).user();
        var round = services.reviewRounds().create("test", "Omgång " + username, crawlRoundId(), "delindex1-2026");
        services.reviewRounds().assign("test", round, site("norrvik").code(), reviewer);
        return reviewer.username();
    }

    se.webbgranskning.app.serve.AppServices services() {
        return app.services();
    }

    String password(String username) {
        return demo.accounts().stream().filter(account -> account.username().equals(username))
                .map(DemoSetup.Account::password).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo account " + username));
    }

    /** Stops the servers (last started first), then deletes the data directory. Best effort: the JVM is ending. */
    private static void cleanUp(Deque<AutoCloseable> opened, Path directory) {
        for (AutoCloseable closeable : opened) {
            try {
                closeable.close();
            } catch (Exception e) {
                // nothing to do about it now
            }
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temp directory harms nobody
        }
    }
}
