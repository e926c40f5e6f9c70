package se.webbgranskning.crawl.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import se.webbgranskning.crawl.fixture.FixtureOptions;
import se.webbgranskning.crawl.fixture.FixtureSite;
import se.webbgranskning.crawl.fixture.FixtureWeb;
import se.webbgranskning.crawl.index.IndexedPage;

/**
 * One crawl of the whole fixture web, shared by the test classes that each check one behaviour of it: a crawl
 * takes seconds (politeness, crawler4j's monitor), so it is done once per test JVM. The fixture server stays up
 * so that tests can ask it which URLs were requested.
 */
final class SharedFixtureCrawl {

    private static SharedFixtureCrawl instance;

    final FixtureWeb web;
    final CrawlHarness harness;
    final RoundResult round;

    private SharedFixtureCrawl(FixtureWeb web, CrawlHarness harness, RoundResult round) {
        this.web = web;
        this.harness = harness;
        this.round = round;
    }

    static synchronized SharedFixtureCrawl get() {
        if (instance == null) {
            try {
                FixtureWeb web = FixtureWeb.start(new FixtureOptions(0, Duration.ofSeconds(3)));
                Path dir = Files.createTempDirectory("shared-crawl");
                CrawlHarness harness = new CrawlHarness(dir);
                RoundResult round = harness.crawl(web, CrawlHarness.testSettings(), web.sites());
                instance = new SharedFixtureCrawl(web, harness, round);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    SiteResult result(String key) {
        String code = web.site(key).code();
        return round.sites().stream().filter(s -> s.site().code().equals(code)).findFirst().orElseThrow();
    }

    List<IndexedPage> pages(String key) {
        return harness.index.pages(round.roundId(), web.site(key).code());
    }

    Optional<IndexedPage> page(String key, String path) {
        FixtureSite site = web.site(key);
        String url = site.startUrl().resolve(path).toString();
        return pages(key).stream().filter(p -> p.url().equals(url)).findFirst();
    }

    Optional<IndexedPage> pageOnHost(String key, String host, String path) {
        String url = web.url(host, path).toString();
        return pages(key).stream().filter(p -> p.url().equals(url)).findFirst();
    }
}
