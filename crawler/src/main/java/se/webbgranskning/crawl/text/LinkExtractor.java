package se.webbgranskning.crawl.text;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Collects the links of the whole page, menus and footer included, since a crawler finds a site through its
 * menus. Relative links resolve against {@code <base href>} when present (jsoup applies it while parsing), else
 * against the page URL. {@code rel=nofollow} links are kept: whether to follow them is the crawler's decision.
 */
final class LinkExtractor {

    private static final String LINK_ELEMENTS =
            "a[href], area[href], iframe[src], frame[src], link[rel~=(?i)(^|\\s)alternate(\\s|$)][href]";
    private static final Pattern SKIPPED_SCHEME = Pattern.compile("(?i)^\\s*(javascript|mailto|tel|data|sms|file):");

    private LinkExtractor() {
    }

    static List<PageLink> extract(Document doc) {
        Map<URI, PageLink> links = new LinkedHashMap<>();
        for (Element element : doc.select(LINK_ELEMENTS)) {
            LinkSource source = sourceOf(element);
            String attribute = source == LinkSource.IFRAME || source == LinkSource.FRAME ? "src" : "href";
            String href = element.attr(attribute).strip();
            if (href.isEmpty() || href.startsWith("#") || SKIPPED_SCHEME.matcher(href).find()) {
                continue;
            }
            Optional<URI> url = HttpUrls.toHttpUri(element.absUrl(attribute));
            if (url.isEmpty()) {
                continue;
            }
            String text = textOf(element);
            PageLink earlier = links.get(url.get());
            if (earlier == null) {
                links.put(url.get(), new PageLink(url.get(), text, source));
            } else if (earlier.text().isEmpty() && !text.isEmpty()) {
                links.put(url.get(), new PageLink(url.get(), text, earlier.source()));
            }
        }
        return new ArrayList<>(links.values());
    }

    private static LinkSource sourceOf(Element element) {
        return switch (element.normalName()) {
            case "area" -> LinkSource.AREA;
            case "iframe" -> LinkSource.IFRAME;
            case "frame" -> LinkSource.FRAME;
            case "link" -> LinkSource.LINK_ALTERNATE;
            default -> LinkSource.A_HREF;
        };
    }

    private static String textOf(Element element) {
        String visible = element.normalName().equals("a") ? TextNormalizer.oneLine(element.text()) : "";
        if (!visible.isEmpty()) {
            return visible;
        }
        for (Element img : element.select("img[alt]")) {
            String alt = TextNormalizer.oneLine(img.attr("alt"));
            if (!alt.isEmpty()) {
                return alt;
            }
        }
        for (String attribute : List.of("alt", "aria-label", "title")) {
            String value = TextNormalizer.oneLine(element.attr(attribute));
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }
}
