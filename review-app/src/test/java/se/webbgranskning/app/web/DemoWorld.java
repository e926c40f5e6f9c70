package se.webbgranskning.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.auth.User;
import se.webbgranskning.app.db.TestDatabases;
import se.webbgranskning.app.review.Review;
import se.webbgranskning.app.review.ReviewRound;
import se.webbgranskning.app.serve.AppServices;
import se.webbgranskning.app.serve.DemoSetup;
import se.webbgranskning.crawl.fixture.FixtureOptions;
import se.webbgranskning.crawl.fixture.FixtureWeb;
import se.webbgranskning.crawl.run.CrawlProgress;
import se.webbgranskning.municipality.MunicipalityRegistry;

/**
 * One demo data directory per test JVM: the fixture web's Ekbacka and Norrvik crawled once, as the demo does.
 * Tests keep out of each other's way by making their own accounts and review rounds with unique names.
 */
public final class DemoWorld {

    /** A reviewer with one municipality assigned in a round of its own. */
    public record Assignment(User reviewer, ReviewRound round, long reviewId) {
    }

    public static final String EKBACKA = "9901";
    public static final String NORRVIK = "9902";

    private static DemoWorld instance;

    private final AppServices services;
    private final DemoSetup.Result demo;
    private final AtomicInteger counter = new AtomicInteger();

    private DemoWorld(AppServices services, DemoSetup.Result demo) {
        this.services = services;
        this.demo = demo;
    }

    public static synchronized DemoWorld get() {
        if (instance == null) {
            instance = create();
        }
        return instance;
    }

    private static DemoWorld create() {
        try {
            Path directory = Files.createTempDirectory("wg-demo-world");
            AppServices services = AppServices.open(TestDatabases.storage(directory), MunicipalityRegistry.bundled(),
                    Clock.systemDefaultZone());
            try (FixtureWeb web = FixtureWeb.start(new FixtureOptions(0, Duration.ofMillis(200)))) {
                DemoSetup.Result demo = DemoSetup.prepare(services, web, List.of(web.site("ekbacka"), web.site("norrvik")),
                        CrawlProgress.silent());
                return new DemoWorld(services, demo);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public AppServices services() {
        return services;
    }

    public String crawlRoundId() {
        return demo.crawl().roundId();
    }

    /** A new account with {@link TestApp#PASSWORD} and a unique username starting with the prefix. */
    public User account(String prefix, Role role, String kommunkod) {
        String username = prefix + "-" + counter.incrementAndGet();
        return services.users().create("test", username, "Test " + username, role, kommunkod, TestApp.PASSWORD).user();
    }

    /** A new reviewer, a new round on the demo crawl, and the municipality assigned to the reviewer. */
    public Assignment assignment(String prefix, String kommunkod) {
        User reviewer = account(prefix, Role.REVIEWER, null);
        ReviewRound round = services.reviewRounds().create("test", "Omgång " + reviewer.username(), crawlRoundId(),
                "delindex1-2026");
        services.reviewRounds().assign("test", round, kommunkod, reviewer);
        long reviewId = services.reviewRounds().progress(round).stream()
                .filter(p -> p.kommunkod().equals(kommunkod)).findFirst().orElseThrow().reviewId();
        return new Assignment(reviewer, round, reviewId);
    }

    /** The review with this id, as stored. */
    public Review review(User user, long reviewId) {
        return services.reviews().open(user, reviewId).review();
    }
}
