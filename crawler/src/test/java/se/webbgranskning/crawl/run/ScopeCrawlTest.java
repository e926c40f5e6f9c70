package se.webbgranskning.crawl.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.webbgranskning.crawl.index.IndexedPage;

/** The crawler finds the home-care section, its documents and e-services, and stays out of the rest. */
@Tag("database")
class ScopeCrawlTest {

    private final SharedFixtureCrawl crawl = SharedFixtureCrawl.get();

    @Test
    void findsTheHomeCareSectionOfAGoodSite() {
        assertThat(crawl.page("ekbacka", "/omsorg-och-stod/aldreomsorg/hemtjanst/")).get()
                .satisfies(p -> assertThat(p.title()).startsWith("Hemtjänst"))
                .satisfies(p -> assertThat(p.mainText()).contains("hemtjänst"));
        assertThat(crawl.page("ekbacka", "/omsorg-och-stod/aldreomsorg/hemtjanst/avgifter")).isPresent();
        assertThat(crawl.page("ekbacka", "/omsorg-och-stod/aldreomsorg/trygghetslarm")).isPresent();
        assertThat(crawl.page("ekbacka", "/tillganglighetsredogorelse")).isPresent();
    }

    @Test
    void followsThePdfAndTheEServiceOnAnotherHostOfTheMunicipality() {
        assertThat(crawl.page("ekbacka", "/dokument/avgifter-aldreomsorg-2026.pdf")).get()
                .satisfies(p -> assertThat(p.mainText()).contains("kronor"));
        assertThat(crawl.pageOnHost("ekbacka", "etjanst.ekbacka.test", "/ansokan/hemtjanst")).get()
                .satisfies(p -> assertThat(p.status()).isEqualTo(200));
    }

    @Test
    void leavesUnrelatedSectionsAlone() {
        assertThat(crawl.web.requestCount("www.ekbacka.test", "/bygga-bo-och-miljo/bygglov/nar-behovs-bygglov"))
                .isZero();
        assertThat(crawl.web.requestCount("www.ekbacka.test", "/kultur-och-fritid/kulturskolan")).isZero();
        assertThat(crawl.web.requestCount("www.ekbacka.test", "/bygga-bo-och-miljo/bygglov/taxa-for-bygglov"))
                .isZero();
    }

    @Test
    void neverFetchesPagesOutsideTheMunicipality() {
        assertThat(crawl.web.requestCount("www.regionvast.test", "/halsa-och-vard/hemsjukvard")).isZero();
        assertThat(crawl.pages("ekbacka")).extracting(IndexedPage::url)
                .noneMatch(url -> url.contains("regionvast") || url.contains("1177"));
    }

    @Test
    void findsHomeCareBuriedUnderAGenericMenuOnAPoorSite() {
        assertThat(crawl.page("norrvik", "/invanare/stod-och-hjalp/aldre-och-funktionsnedsattning/hjalp-i-hemmet"))
                .get().satisfies(p -> assertThat(p.clickDepth()).isEqualTo(4));
        assertThat(crawl.page("norrvik", "/invanare/stod-och-hjalp/avgifter-aldreomsorg")).get()
                .satisfies(p -> assertThat(p.status()).isEqualTo(404))
                .satisfies(p -> assertThat(p.failureKind()).isEqualTo("http4xx"));
    }

    @Test
    void archivesANoindexPageButFlagsIt() {
        assertThat(crawl.page("ekbacka", "/omsorg-och-stod/aldreomsorg/hemtjanst/avgifter/utskrift")).get()
                .satisfies(p -> assertThat(p.noindex()).isTrue());
        assertThat(crawl.page("ekbacka", "/omsorg-och-stod/aldreomsorg/hemtjanst/")).get()
                .satisfies(p -> assertThat(p.noindex()).isFalse());
    }

    @Test
    void fetchesASessionIdVariantOnlyOnce() {
        assertThat(crawl.pages("lillfors")).extracting(IndexedPage::url)
                .noneMatch(url -> url.toLowerCase().contains("jsessionid"));
    }
}
