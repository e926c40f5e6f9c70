package se.webbgranskning.crawl.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.webbgranskning.crawl.FailureKind;

/** Every hop of a redirect is recorded with its chain; loops, slow pages and server errors are failures with reasons. */
@Tag("database")
class RedirectCrawlTest {

    private final SharedFixtureCrawl crawl = SharedFixtureCrawl.get();

    private String url(String path) {
        return crawl.web.url("www.krokvik.test", path).toString();
    }

    @Test
    void recordsEachHopWithTheWholeChainAndTheFinalUrl() {
        assertThat(crawl.page("krokvik", "/hemtjanst")).get().satisfies(p -> {
            assertThat(p.status()).isEqualTo(301);
            assertThat(p.warcFile()).isNotNull();
            assertThat(p.redirectChain()).isEqualTo(String.join(" ", url("/hemtjanst"), url("/omsorg/hemtjanst"),
                    url("/omsorg/hemtjanst/")));
            assertThat(p.finalUrl()).isEqualTo(url("/omsorg/hemtjanst/"));
        });
        assertThat(crawl.page("krokvik", "/omsorg/hemtjanst")).get().satisfies(p -> {
            assertThat(p.status()).isEqualTo(302);
            assertThat(p.finalUrl()).isEqualTo(url("/omsorg/hemtjanst/"));
        });
        assertThat(crawl.page("krokvik", "/omsorg/hemtjanst/")).get().satisfies(p -> {
            assertThat(p.status()).isEqualTo(200);
            assertThat(p.finalUrl()).isEqualTo(url("/omsorg/hemtjanst/"));
        });
    }

    @Test
    void followsARedirectToTheEServiceHost() {
        assertThat(crawl.pageOnHost("krokvik", "etjanst.krokvik.test", "/ansokan/hemtjanst")).get()
                .satisfies(p -> assertThat(p.status()).isEqualTo(200));
    }

    @Test
    void stopsARedirectLoopAndSaysSo() {
        assertThat(crawl.pages("krokvik")).filteredOn(p -> FailureKind.REDIRECT_LOOP.key().equals(p.failureKind()))
                .hasSize(1).allSatisfy(p -> assertThat(p.finalUrl()).isNull());
        assertThat(crawl.web.requestCount("www.krokvik.test", "/loop/a")).isEqualTo(1);
    }

    @Test
    void recordsASlowPageAsATimeoutAndAServerErrorWithItsStatus() {
        assertThat(crawl.page("krokvik", "/omsorg/lang-svarstid")).get()
                .satisfies(p -> assertThat(p.failureKind()).isEqualTo(FailureKind.TIMEOUT.key()));
        assertThat(crawl.page("krokvik", "/omsorg/trasig")).get().satisfies(p -> {
            assertThat(p.status()).isEqualTo(503);
            assertThat(p.failureKind()).isEqualTo(FailureKind.HTTP_5XX.key());
        });
    }

    @Test
    void clickDepthCountsClicksNotRedirects() {
        assertThat(crawl.page("krokvik", "/omsorg/hemtjanst/")).get()
                .satisfies(p -> assertThat(p.clickDepth()).isEqualTo(1));
    }
}
