package se.webbgranskning.crawl.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.webbgranskning.crawl.CrawlSettings;
import se.webbgranskning.crawl.LimitKind;
import se.webbgranskning.crawl.fixture.FixtureOptions;
import se.webbgranskning.crawl.fixture.FixtureWeb;
import se.webbgranskning.crawl.index.IndexedPage;

/** Every limit that cuts a crawl short is recorded on the municipality's result and in the database. */
@Tag("database")
class LimitsCrawlTest {

    private static FixtureWeb web;

    @BeforeAll
    static void startWeb() throws Exception {
        web = FixtureWeb.start(new FixtureOptions(0, Duration.ofSeconds(2)));
    }

    @AfterAll
    static void stopWeb() {
        web.close();
    }

    private static CrawlSettings with(int budget, int depth, Duration siteTime, Duration delay) {
        CrawlSettings t = CrawlHarness.testSettings();
        return new CrawlSettings(budget, depth, t.maxDocumentBytes(), siteTime, delay, t.requestTimeout(),
                t.userAgent(), t.parallelSites(), true);
    }

    @Test
    void thePageBudgetStopsTheCrawlAndIsRecorded(@TempDir Path dir) throws Exception {
        CrawlHarness harness = new CrawlHarness(dir);
        RoundResult round = harness.crawl(web, with(4, 6, Duration.ofSeconds(60), Duration.ofMillis(20)),
                List.of(web.site("ekbacka")));
        assertThat(round.sites().get(0).limitsHit()).contains(LimitKind.PAGE_BUDGET);
        assertThat(harness.index.pages(round.roundId(), "9901")).filteredOn(p -> "page".equals(p.purpose())
                && p.status() != null).hasSizeLessThanOrEqualTo(4);
        assertThat(harness.index.sites(round.roundId()).get(0).limitsHit()).contains("pageBudget");
    }

    @Test
    void theDepthLimitIsRecorded(@TempDir Path dir) throws Exception {
        CrawlHarness harness = new CrawlHarness(dir);
        RoundResult round = harness.crawl(web, with(200, 1, Duration.ofSeconds(60), Duration.ofMillis(20)),
                List.of(web.site("ekbacka")));
        assertThat(round.sites().get(0).limitsHit()).contains(LimitKind.DEPTH);
        assertThat(harness.index.pages(round.roundId(), "9901")).extracting(IndexedPage::depth)
                .allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(1));
    }

    @Test
    void theTimeLimitIsRecorded(@TempDir Path dir) throws Exception {
        CrawlHarness harness = new CrawlHarness(dir);
        RoundResult round = harness.crawl(web, with(200, 6, Duration.ofSeconds(2), Duration.ofMillis(400)),
                List.of(web.site("ekbacka")));
        assertThat(round.sites().get(0).limitsHit()).contains(LimitKind.TIME);
        assertThat(round.sites().get(0).seconds()).isLessThan(15);
    }
}
