package se.webbgranskning.crawl.text;

import java.net.URI;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns the raw bytes of an HTML response into an {@link HtmlPage}: decoded with the right charset, its main
 * text without menus and banners, its links, robots directives and last-updated date. Never throws for odd
 * markup; jsoup parses anything.
 */
public final class HtmlExtractor {

    private final HtmlDecoder decoder = new HtmlDecoder();
    private final LastUpdatedFinder lastUpdatedFinder;

    public HtmlExtractor() {
        this(new LastUpdatedFinder());
    }

    /** With a finder on a fixed clock, for tests and for re-extracting old captures. */
    public HtmlExtractor(LastUpdatedFinder lastUpdatedFinder) {
        this.lastUpdatedFinder = lastUpdatedFinder;
    }

    /**
     * @param body              the response body exactly as received
     * @param contentTypeHeader the HTTP Content-Type header, if the response had one
     * @param pageUrl           the URL the body was fetched from (after redirects); relative links resolve to it
     */
    public HtmlPage extract(byte[] body, Optional<String> contentTypeHeader, URI pageUrl) {
        DecodedHtml decoded = decoder.decode(body, contentTypeHeader);
        Document doc = Jsoup.parse(decoded.html(), pageUrl.toString());

        Document content = doc.clone();
        BoilerplateRemover.clean(content);
        String mainText = PlainTextRenderer.render(MainContentSelector.select(content));

        RobotsMeta robots = RobotsMeta.of(doc);
        return new HtmlPage(decoded.charset().name(), decoded.source(), titleOf(doc), mainText,
                LinkExtractor.extract(doc), robots.noindex(), robots.nofollow(),
                lastUpdatedFinder.find(doc, mainText), doc.select("html[lang]").attr("lang").strip());
    }

    private static String titleOf(Document doc) {
        String title = TextNormalizer.oneLine(doc.title());
        if (!title.isEmpty()) {
            return title;
        }
        Element h1 = doc.selectFirst("h1");
        return h1 == null ? "" : TextNormalizer.oneLine(h1.text());
    }
}
