package se.webbgranskning.crawl.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlMainTextTest {

    private static final URI PAGE = URI.create("https://www.exempelby.se/omsorg/sida.html");

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void sitevisionPageWithoutMainKeepsTheContentAndDropsTheFurniture() throws IOException {
        String text = mainTextOf("sitevision-hemtjanst.html");

        assertThat(text).startsWith("Hemtjänst\n");
        assertThat(text).contains(
                "Du ansöker om hemtjänst hos kommunens biståndshandläggare. Handläggaren utreder dina behov "
                        + "tillsammans med dig och fattar ett beslut.",
                "\nDet här kan du få hjälp med\n",
                "• Städning, tvätt och inköp\n• Personlig omvårdnad, till exempel dusch och påklädning\n",
                "Insats | Avgift per månad\nTrygghetslarm | 250 kr\nHemtjänst, högsta avgift | 2 575 kr",
                "Ring kommunens kontaktcenter på 0123-456 00 eller ansök om hemtjänst digitalt.",
                "Sidan uppdaterades 14 mars 2026");
        assertThat(text).doesNotContain(
                "Hoppa till", "kakor", "Kontakta oss", "Languages", "Sök", "Skola och förskola", "Start /",
                "Lyssna", "Dela sidan", "Facebook", "Tillgänglighetsredogörelse", "123 45 Exempelby");
    }

    @Test
    void pageWithMainDropsBreadcrumbsAsideAndEverythingOutsideMain() throws IOException {
        String text = mainTextOf("episerver-main.html");

        assertThat(text).startsWith("Trygghetslarm\n");
        assertThat(text).contains(
                "Med ett trygghetslarm kan du snabbt få kontakt med hemtjänsten dygnet runt om du behöver hjälp.",
                "kopplas du till en larmcentral\nsom kontaktar hemtjänstens personal.",
                "• Kontakta en biståndshandläggare.\n• Handläggaren gör en bedömning.",
                "Senast uppdaterad: 2026-02-03");
        assertThat(text).doesNotContain(
                "kakor", "Till innehållet", "Meny", "Kultur", "mobil", "Startsida", "Kontakt\n", "0987-654 32",
                "LinkedIn", "Storgatan", "Om webbplatsen", "wEPDw");
    }

    @Test
    void wordpressArticleKeepsItsOwnHeaderAndFooter() throws IOException {
        String text = mainTextOf("wordpress-article.html");

        assertThat(text).startsWith("Matdistribution\n");
        assertThat(text).contains(
                "Maten levereras kyld tre dagar i veckan.",
                "\nKostnad\n",
                "En portion kostar 72 kr. Avgiften ingår inte i hemtjänsttaxan.",
                "Huvudrätt | 72 kr\nDessert | 15 kr",
                "Senast ändrad 2025-11-20 10:42");
        assertThat(text).doesNotContain(
                "Hoppa till", "Västerå kommun", "Omsorg\n", "Utbildning", "Dela detta", "Facebook",
                "Senaste nyheter", "Ny taxa", "Box 1", "kakor");
    }

    @Test
    void blocksAreLinesAndInlineWhitespaceIsCollapsed() {
        String text = mainText("<p>Första   stycket\n  fortsätter <b>här</b>.</p><h2>Rubrik</h2>"
                + "<div>Rad ett<br>rad två</div><p>Ord&nbsp;med noll&#x200B;bredd och mjuk&shy;bindestreck.</p>");

        assertThat(text).isEqualTo("Första stycket fortsätter här.\n\nRubrik\n\nRad ett\nrad två\n"
                + "Ord med nollbredd och mjukbindestreck.");
    }

    @Test
    void listItemsGetBulletsAndTableCellsAreSeparated() {
        String text = mainText("<ul><li>Ett</li><li>Två<ul><li>Två a</li></ul></li></ul>"
                + "<table><tr><th>Insats</th><th>Avgift</th></tr><tr><td><p>Larm</p></td><td>250 kr</td></tr></table>");

        assertThat(text).isEqualTo("• Ett\n• Två\n• Två a\n\nInsats | Avgift\nLarm | 250 kr");
    }

    @Test
    void hiddenAndInvisibleElementsAreRemoved() {
        String text = mainText("<p>Synlig text.</p><p hidden>Dold med hidden.</p>"
                + "<p aria-hidden=\"true\">Dold för skärmläsare.</p><p style=\"display: none\">Dold med stil.</p>"
                + "<script>var x = 'skript';</script><style>p { color: red }</style><noscript>Aktivera JS</noscript>"
                + "<template><p>Mall</p></template><svg><text>Ikon</text></svg>");

        assertThat(text).isEqualTo("Synlig text.");
    }

    @Test
    void aPageHeaderIsRemovedButAnArticleHeaderInsideMainIsKept() {
        String text = mainText("<header><p>Kommunens sidhuvud</p></header><main><article><header><h1>Färdtjänst</h1>"
                + "<p>Ingress om färdtjänst</p></header><p>" + filler() + "</p></article></main>");

        assertThat(text).startsWith("Färdtjänst\n\nIngress om färdtjänst").doesNotContain("sidhuvud");
    }

    @Test
    void aTrivialMainIsIgnoredInFavourOfTheBody() {
        String text = mainText("<main><p>Laddar…</p></main><div class=\"content\"><p>" + filler() + "</p></div>");

        assertThat(text).contains("Laddar…").contains(filler());
    }

    @Test
    void aBodyWhoseClassMentionsCookiesIsNotRemoved() {
        String text = mainText("<div class=\"has-cookie-banner\"><main><p>" + filler() + "</p></main></div>");

        assertThat(text).isEqualTo(filler());
    }

    @Test
    void severalArticlesAreAListingAndAllOfThemAreKept() {
        String text = mainText("<div id=\"content\"><article><h2>Nyhet ett</h2><p>" + filler() + "</p></article>"
                + "<article><h2>Nyhet två</h2><p>" + filler() + "</p></article></div>");

        assertThat(text).contains("Nyhet ett").contains("Nyhet två");
    }

    private static String filler() {
        return "Här beskriver kommunen insatsen, vem som kan få den, hur man ansöker och vad den kostar per månad.";
    }

    private String mainText(String bodyHtml) {
        String html = "<!DOCTYPE html><html lang=\"sv\"><head><title>Test</title></head><body>" + bodyHtml
                + "</body></html>";
        return extractor.extract(html.getBytes(StandardCharsets.UTF_8), Optional.empty(), PAGE).mainText();
    }

    private String mainTextOf(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/text/" + resource)) {
            return extractor.extract(in.readAllBytes(), Optional.empty(), PAGE).mainText();
        }
    }
}
