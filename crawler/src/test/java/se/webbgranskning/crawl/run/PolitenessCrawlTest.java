package se.webbgranskning.crawl.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.webbgranskning.crawl.FailureKind;
import se.webbgranskning.crawl.index.PageRow;

/** robots.txt per RFC 9309, Crawl-delay, and the delay between requests to one host. */
class PolitenessCrawlTest {

    private final SharedFixtureCrawl crawl = SharedFixtureCrawl.get();

    @Test
    void neverRequestsAPathRobotsTxtDisallowsAndRecordsWhy() {
        assertThat(crawl.web.requestCount("www.robotsby.test", "/intern/arbetsrutiner-hemtjanst")).isZero();
        assertThat(crawl.page("robotsby", "/intern/arbetsrutiner-hemtjanst")).get()
                .satisfies(p -> assertThat(p.failureKind()).isEqualTo(FailureKind.ROBOTS_DENIED.key()));
        assertThat(crawl.page("robotsby", "/omsorg/hemtjanst")).isPresent();
    }

    @Test
    void honoursALargerCrawlDelay() {
        List<java.time.OffsetDateTime> times = crawl.harness.fetchTimes(crawl.round.roundId(),
                crawl.web.site("robotsby").code(), "www.robotsby.test");
        assertThat(times).hasSizeGreaterThan(3);
        for (int i = 1; i < times.size(); i++) {
            assertThat(Duration.between(times.get(i - 1), times.get(i))).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
        }
    }

    @Test
    void aRobotsTxtAnswering500DisallowsTheWholeSiteSeedIncluded() {
        assertThat(crawl.web.requestCount("www.stormby.test", "/")).isZero();
        assertThat(crawl.page("stormby", "/")).get().satisfies(p -> {
            assertThat(p.failureKind()).isEqualTo(FailureKind.ROBOTS_DENIED.key());
            assertThat(p.failureReason()).contains("svarade 500").contains("RFC 9309");
        });
        assertThat(crawl.page("stormby", "/robots.txt")).get()
                .satisfies(p -> assertThat(p.status()).isEqualTo(500))
                .satisfies(p -> assertThat(p.purpose()).isEqualTo(PageRow.PURPOSE_ROBOTS));
    }

    @Test
    void keepsTheDelayBetweenRequestsToOneHost() {
        List<java.time.OffsetDateTime> times = crawl.harness.fetchTimes(crawl.round.roundId(),
                crawl.web.site("ekbacka").code(), "www.ekbacka.test");
        assertThat(times).hasSizeGreaterThan(10);
        for (int i = 1; i < times.size(); i++) {
            assertThat(Duration.between(times.get(i - 1), times.get(i))).isGreaterThanOrEqualTo(Duration.ofMillis(45));
        }
    }
}
