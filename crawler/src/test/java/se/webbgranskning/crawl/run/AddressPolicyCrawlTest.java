package se.webbgranskning.crawl.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.webbgranskning.crawl.CrawlSettings;
import se.webbgranskning.crawl.FailureKind;
import se.webbgranskning.crawl.fixture.FixtureOptions;
import se.webbgranskning.crawl.fixture.FixtureWeb;

/** Without --allow-local the crawler connects to no local address, robots.txt included, and says why. */
class AddressPolicyCrawlTest {

    @Test
    void refusesLoopbackByDefaultBeforeAnyRequest(@TempDir Path dir) throws Exception {
        try (FixtureWeb web = FixtureWeb.start(new FixtureOptions(0, Duration.ofSeconds(1)))) {
            CrawlHarness harness = new CrawlHarness(dir);
            CrawlSettings publicOnly = CrawlHarness.testSettings().withAllowLocal(false);
            RoundResult round = harness.crawl(web, publicOnly, List.of(web.site("ekbacka")));

            assertThat(web.requestCount("www.ekbacka.test", "/robots.txt")).isZero();
            assertThat(web.requestCount("www.ekbacka.test", "/")).isZero();
            assertThat(round.sites().get(0).failures()).containsKey(FailureKind.ADDRESS_REFUSED);
            assertThat(harness.index.pages(round.roundId(), "9901"))
                    .anySatisfy(p -> assertThat(p.failureReason()).contains("127.0.0.1").contains("loopback"))
                    .anySatisfy(p -> assertThat(p.failureReason()).contains("robots.txt")
                            .contains("kunde inte hämtas"));
        }
    }
}
