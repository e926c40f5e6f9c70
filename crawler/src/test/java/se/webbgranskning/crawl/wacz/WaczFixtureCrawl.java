package se.webbgranskning.crawl.wacz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import se.webbgranskning.crawl.fixture.FixtureOptions;
import se.webbgranskning.crawl.fixture.FixtureSite;
import se.webbgranskning.crawl.fixture.FixtureWeb;
import se.webbgranskning.crawl.run.CrawlHarness;
import se.webbgranskning.crawl.index.ArchivedCapture;
import se.webbgranskning.crawl.index.PageIndex;

/**
 * Two real crawl rounds of the fixture web, shared by the bundle tests (a crawl takes seconds, so it is done once
 * per test JVM): the first over Ekbacka (HTML pages, a fees PDF, two hosts) and Krokvik (redirect chains, a 503,
 * a page slower than the test settings' 1 s request timeout, which leaves a metadata record alone); the second
 * over Ekbacka again,
 * which stores its unchanged documents as revisit records pointing into the first round's file.
 */
final class WaczFixtureCrawl {

    static final String EKBACKA = "ekbacka";
    static final String KROKVIK = "krokvik";

    private static WaczFixtureCrawl instance;

    final FixtureWeb web;
    final PageIndex index;
    final Path warcRoot;
    final String firstRound;
    final String secondRound;

    private WaczFixtureCrawl(FixtureWeb web, PageIndex index, Path warcRoot, String firstRound, String secondRound) {
        this.web = web;
        this.index = index;
        this.warcRoot = warcRoot;
        this.firstRound = firstRound;
        this.secondRound = secondRound;
    }

    static synchronized WaczFixtureCrawl get() {
        if (instance == null) {
            try {
                FixtureWeb web = FixtureWeb.start(new FixtureOptions(0, Duration.ofSeconds(2)));
                CrawlHarness harness = new CrawlHarness(Files.createTempDirectory("wacz-crawl"));
                String first = harness.crawl(web, CrawlHarness.testSettings(),
                        List.of(web.site(EKBACKA), web.site(KROKVIK))).roundId();
                String second = harness.crawl(web, CrawlHarness.testSettings(), List.of(web.site(EKBACKA))).roundId();
                instance = new WaczFixtureCrawl(web, harness.index, harness.dataDir.resolve("warc"), first, second);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    FixtureSite site(String key) {
        return web.site(key);
    }

    List<ArchivedCapture> captures(String round, String key) {
        return index.archivedCaptures(round, site(key).code());
    }
}
