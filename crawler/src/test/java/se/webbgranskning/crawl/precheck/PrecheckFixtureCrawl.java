package se.webbgranskning.crawl.precheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import se.webbgranskning.crawl.fixture.FixtureOptions;
import se.webbgranskning.crawl.fixture.FixtureWeb;
import se.webbgranskning.crawl.run.CrawlHarness;

/**
 * One real crawl round of the whole fixture web, shared by the pre-check tests (a crawl takes seconds, so it is
 * done once per test JVM). The pre-check reads the page index exactly as the command does.
 */
final class PrecheckFixtureCrawl {

    private static PrecheckFixtureCrawl instance;

    final FixtureWeb web;
    final Jdbi jdbi;
    final String round;

    private PrecheckFixtureCrawl(FixtureWeb web, Jdbi jdbi, String round) {
        this.web = web;
        this.jdbi = jdbi;
        this.round = round;
    }

    static synchronized PrecheckFixtureCrawl get() {
        if (instance == null) {
            try {
                FixtureWeb web = FixtureWeb.start(new FixtureOptions(0, Duration.ofSeconds(2)));
                CrawlHarness harness = new CrawlHarness(Files.createTempDirectory("precheck-crawl"));
                String round = harness.crawl(web, CrawlHarness.testSettings(), web.sites()).roundId();
                instance = new PrecheckFixtureCrawl(web, harness.jdbi, round);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    String code(String key) {
        return web.site(key).code();
    }
}
