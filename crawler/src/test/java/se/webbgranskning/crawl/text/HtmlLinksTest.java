package se.webbgranskning.crawl.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlLinksTest {

    private static final URI PAGE = URI.create("https://www.exempelby.se/omsorg/hemtjanst/index.html?tab=1");

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void relativeLinksResolveAgainstThePageUrl() {
        List<PageLink> links = links("", "<a href=\"avgifter.html\">Avgifter</a><a href=\"../larm/\">Larm</a>"
                + "<a href=\"/kontakt?x=1&amp;y=2\">Kontakt</a><a href=\"//cdn.exempelby.se/fil.pdf\">Fil</a>"
                + "<a href=\"?tab=2\">Flik två</a>");

        assertThat(links).extracting(l -> l.url().toString(), PageLink::text).containsExactly(
                tuple("https://www.exempelby.se/omsorg/hemtjanst/avgifter.html", "Avgifter"),
                tuple("https://www.exempelby.se/omsorg/larm/", "Larm"),
                tuple("https://www.exempelby.se/kontakt?x=1&y=2", "Kontakt"),
                tuple("https://cdn.exempelby.se/fil.pdf", "Fil"),
                tuple("https://www.exempelby.se/omsorg/hemtjanst/index.html?tab=2", "Flik två"));
    }

    @Test
    void baseHrefWinsOverThePageUrl() {
        List<PageLink> links = links("<base href=\"https://arkiv.exempelby.se/gammalt/\">",
                "<a href=\"sida.html\">Sida</a><a href=\"/rot.html\">Rot</a>");

        assertThat(links).extracting(l -> l.url().toString()).containsExactly(
                "https://arkiv.exempelby.se/gammalt/sida.html", "https://arkiv.exempelby.se/rot.html");
    }

    @Test
    void fragmentsAreDroppedAndTheSameUrlIsKeptOnceWithTheFirstNonEmptyText() {
        List<PageLink> links = links("", "<a href=\"/a.html#top\"><img src=\"x.png\"></a>"
                + "<a href=\"/a.html#avgifter\">Avgifter</a><a href=\"/a.html\">Andra texten</a>");

        assertThat(links).extracting(l -> l.url().toString(), PageLink::text)
                .containsExactly(tuple("https://www.exempelby.se/a.html", "Avgifter"));
    }

    @Test
    void schemesACrawlerCannotFollowAndEmptyOrFragmentOnlyHrefsAreSkipped() {
        List<PageLink> links = links("", "<a href=\"javascript:void(0)\">JS</a><a href=\"mailto:info@exempelby.se\">Mejl</a>"
                + "<a href=\"tel:+46123\">Ring</a><a href=\"data:text/html,hej\">Data</a><a href=\"\">Tom</a>"
                + "<a href=\"#innehall\">Ankare</a><a href=\"  JavaScript:alert(1)\">JS2</a><a>Ingen href</a>"
                + "<a href=\"ftp://ftp.exempelby.se/\">FTP</a><a href=\"/ok.html\">OK</a>");

        assertThat(links).extracting(PageLink::text).containsExactly("OK");
    }

    @Test
    void textFallsBackToImageAltAriaLabelAndTitle() {
        List<PageLink> links = links("", "<a href=\"/\"><img src=\"logo.svg\" alt=\"Exempelby kommun\"></a>"
                + "<a href=\"/sok\" aria-label=\"Sök på webbplatsen\"><svg></svg></a>"
                + "<a href=\"/karta\" title=\"Karta över kommunen\"></a><a href=\"/tom\"></a>");

        assertThat(links).extracting(PageLink::text)
                .containsExactly("Exempelby kommun", "Sök på webbplatsen", "Karta över kommunen", "");
    }

    @Test
    void areaIframeFrameAndAlternateLinksAreFoundButNotScriptsStylesOrImages() {
        List<PageLink> links = links("<link rel=\"alternate\" hreflang=\"en\" href=\"/en/\" title=\"English\">"
                        + "<link rel=\"stylesheet\" href=\"/style.css\"><link rel=\"icon\" href=\"/favicon.ico\">"
                        + "<script src=\"/app.js\"></script>",
                "<img src=\"/bild.jpg\" alt=\"Bild\"><map><area href=\"/karta/norr\" alt=\"Norra delen\"></map>"
                        + "<iframe src=\"https://film.exempelby.se/v/1\" title=\"Film om hemtjänst\"></iframe>"
                        + "<frameset><frame src=\"/meny.html\"></frameset>");

        assertThat(links).extracting(l -> l.url().getPath(), PageLink::source).containsExactlyInAnyOrder(
                tuple("/en/", LinkSource.LINK_ALTERNATE),
                tuple("/karta/norr", LinkSource.AREA),
                tuple("/v/1", LinkSource.IFRAME));
        assertThat(links).extracting(PageLink::text).contains("English", "Norra delen", "Film om hemtjänst");
    }

    @Test
    void framesOfAFramesetPageAreFound() {
        String html = "<html><head><title>Ram</title></head><frameset cols=\"20%,80%\">"
                + "<frame src=\"/meny.html\" title=\"Meny\"><frame src=\"innehall.html\"></frameset></html>";

        List<PageLink> links = extractor.extract(html.getBytes(StandardCharsets.UTF_8), Optional.empty(), PAGE)
                .links();

        assertThat(links).extracting(l -> l.url().getPath(), PageLink::source).containsExactly(
                tuple("/meny.html", LinkSource.FRAME), tuple("/omsorg/hemtjanst/innehall.html", LinkSource.FRAME));
    }

    @Test
    void nofollowLinksAndMenuAndFooterLinksAreIncluded() throws IOException {
        List<PageLink> page;
        try (InputStream in = getClass().getResourceAsStream("/text/episerver-main.html")) {
            page = extractor.extract(in.readAllBytes(), Optional.empty(), PAGE).links();
        }
        List<PageLink> nofollow = links("", "<a rel=\"nofollow\" href=\"/kalender?d=1\">Kalender</a>");

        assertThat(page).extracting(l -> l.url().getPath())
                .contains("/kultur-fritid/", "/om-webbplatsen/", "/omsorg-stod/");
        assertThat(nofollow).extracting(PageLink::text).containsExactly("Kalender");
    }

    @Test
    void hrefsWithSpacesAndSwedishLettersAreKept() {
        List<PageLink> links = links("", "<a href=\"/dokument/Taxa hemtjänst 2026.pdf\">Taxa</a>");

        assertThat(links).hasSize(1);
        assertThat(links.get(0).url().getPath()).isEqualTo("/dokument/Taxa hemtjänst 2026.pdf");
        assertThat(links.get(0).url().getRawPath()).contains("%20");
    }

    private List<PageLink> links(String head, String body) {
        String html = "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
        return extractor.extract(html.getBytes(StandardCharsets.UTF_8), Optional.empty(), PAGE).links();
    }
}
