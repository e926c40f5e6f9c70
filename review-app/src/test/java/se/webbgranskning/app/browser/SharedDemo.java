package se.webbgranskning.app.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import se.webbgranskning.app.review.Reviews;
import se.webbgranskning.app.serve.DemoSetup;
import se.webbgranskning.app.web.TestApp;
import se.webbgranskning.crawl.fixture.FixtureOptions;
import se.webbgranskning.crawl.fixture.FixtureSite;
import se.webbgranskning.crawl.fixture.FixtureWeb;
import se.webbgranskning.crawl.run.CrawlProgress;

/**
 * One demo (crawl of two fixture municipalities, accounts, a review round) per JVM, shared by the browser test
 * classes: the crawl is the slow part, and no test needs its own. Ekbacka (9901) goes to granskare1 and Norrvik to
 * granskare2 (the demo spreads codes in order over reviewers in name order), so the test that submits Ekbacka's
 * review and the tests that only look at Norrvik's do not disturb each other, whatever order they run in.
 */
final class SharedDemo {

    private static SharedDemo instance;

    private final Path dataDirectory;
    private final FixtureWeb web;
    private final TestApp app;
    private final DemoSetup.Result demo;

    private SharedDemo(Path dataDirectory, FixtureWeb web, TestApp app, DemoSetup.Result demo) {
        this.dataDirectory = dataDirectory;
        this.web = web;
        this.app = app;
        this.demo = demo;
    }

    static synchronized SharedDemo get() throws IOException, InterruptedException {
        if (instance == null) {
            Path directory = Files.createTempDirectory("wg-browser-demo");
            FixtureWeb web = FixtureWeb.start(new FixtureOptions(0, Duration.ofSeconds(2)));
            TestApp app = TestApp.start(directory);
            List<FixtureSite> sites = List.of(web.site("ekbacka"), web.site("norrvik"));
            DemoSetup.Result demo = DemoSetup.prepare(app.services(), web, sites, CrawlProgress.silent());
            instance = new SharedDemo(directory, web, app, demo);
            // Surefire runs every test class in one JVM: the last one out cannot be known, the JVM's end can
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "browser-demo-cleanup"));
        }
        return instance;
    }

    String baseUrl() {
        return app.baseUrl();
    }

    TestApp app() {
        return app;
    }

    FixtureSite site(String key) {
        return web.site(key);
    }

    long reviewRoundId() {
        return demo.reviewRound().reviewRoundId();
    }

    String password(String username) {
        return demo.accounts().stream().filter(account -> account.username().equals(username))
                .map(DemoSetup.Account::password).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo account " + username));
    }

    /** The review of a municipality assigned to a reviewer. */
    long reviewId(String username, String kommunkod) {
        return app.services().reviews()
                .assignedTo(app.services().users().byUsername(username).orElseThrow()).stream()
                .filter(listed -> listed.kommunkod().equals(kommunkod))
                .map(Reviews.Listed::reviewId).findFirst()
                .orElseThrow(() -> new IllegalStateException(kommunkod + " is not assigned to " + username));
    }

    private void close() {
        app.close();
        web.close();
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: the JVM is ending, and a leftover temp directory harms nobody
        }
    }
}
