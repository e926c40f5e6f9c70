package se.webbgranskning.crawl.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlMetadataTest {

    private static final URI PAGE = URI.create("https://www.exempelby.se/");

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void titleIsTrimmedAndCollapsed() {
        assertThat(page("<title>\n  Hemtjänst   -  Exempelby\n</title>", "<h1>Rubrik</h1>").title())
                .isEqualTo("Hemtjänst - Exempelby");
    }

    @Test
    void emptyTitleFallsBackToTheFirstH1() {
        assertThat(page("<title>  </title>", "<h1>Hemtjänst <small>i Exempelby</small></h1><h1>Annan</h1>").title())
                .isEqualTo("Hemtjänst i Exempelby");
        assertThat(page("", "<p>Ingen rubrik</p>").title()).isEmpty();
    }

    @Test
    void robotsMetaIsReadCaseInsensitively() {
        HtmlPage noindex = page("<meta name=\"ROBOTS\" content=\"NoIndex, follow\">", "");
        HtmlPage nofollow = page("<meta name=\"googlebot\" content=\"nofollow\">", "");
        HtmlPage none = page("<meta name=\"robots\" content=\"none\">", "");
        HtmlPage neither = page("<meta name=\"robots\" content=\"index,follow\">"
                + "<meta name=\"description\" content=\"noindex\">", "");

        assertThat(noindex.noindex()).isTrue();
        assertThat(noindex.nofollow()).isFalse();
        assertThat(nofollow.noindex()).isFalse();
        assertThat(nofollow.nofollow()).isTrue();
        assertThat(none.noindex()).isTrue();
        assertThat(none.nofollow()).isTrue();
        assertThat(neither.noindex()).isFalse();
        assertThat(neither.nofollow()).isFalse();
    }

    @Test
    void languageComesFromTheHtmlElement() {
        String withLang = "<html lang=\" sv-SE \"><head></head><body></body></html>";
        String without = "<html><head></head><body lang=\"en\"></body></html>";

        assertThat(extract(withLang).language()).isEqualTo("sv-SE");
        assertThat(extract(without).language()).isEmpty();
    }

    private HtmlPage page(String head, String body) {
        return extract("<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>");
    }

    private HtmlPage extract(String html) {
        return extractor.extract(html.getBytes(StandardCharsets.UTF_8), Optional.empty(), PAGE);
    }
}
