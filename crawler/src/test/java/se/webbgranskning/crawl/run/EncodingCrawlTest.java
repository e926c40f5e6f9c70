package se.webbgranskning.crawl.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Text is decoded by its declared or detected charset, so å, ä and ö come out right whatever the site sends. */
@Tag("database")
class EncodingCrawlTest {

    private final SharedFixtureCrawl crawl = SharedFixtureCrawl.get();

    @Test
    void decodesIso88591DeclaredInTheHeader() {
        assertThat(crawl.page("sjoholm", "/omsorg/stod-och-omsorg-i-hemmet")).get().satisfies(p -> {
            assertThat(p.title()).contains("Stöd och omsorg i hemmet");
            assertThat(p.mainText()).contains("Personalen hjälper dig med till exempel städning");
            assertThat(p.charset()).isEqualTo("windows-1252");
        });
    }

    @Test
    void decodesACharsetDeclaredOnlyInTheMarkup() {
        assertThat(crawl.page("sjoholm", "/omsorg/trygghetslarm")).get()
                .satisfies(p -> assertThat(p.mainText()).contains("hemtjänstens nattpersonal"));
    }

    @Test
    void decodesWindows1252Punctuation() {
        assertThat(crawl.page("sjoholm", "/omsorg/anhorigstod")).get()
                .satisfies(p -> assertThat(p.mainText()).contains("”Det var först").contains("14–16"));
    }
}
