package se.webbgranskning.crawl.text;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Picks the element that holds a page's own content once boilerplate is gone: the first landmark or
 * conventional container that has real text, else the body. Sitevision pages often have none of these and are
 * read from the (cleaned) body.
 */
final class MainContentSelector {

    /** In order of how sure we are that the element is the content. */
    private static final List<String> CANDIDATES = List.of(
            "main", "[role=main]", "article", "#content, #main, #main-content, #maincontent, .main-content");

    /** Less text than this and a candidate is probably an empty shell or a teaser, not the page. */
    static final int MIN_TEXT_CHARS = 80;

    private MainContentSelector() {
    }

    static Element select(Document doc) {
        for (String query : CANDIDATES) {
            Elements found = doc.select(query);
            // Several articles mean a listing (news, search results); the listing as a whole is the content.
            if (query.equals("article") && found.size() != 1) {
                continue;
            }
            for (Element candidate : found) {
                if (candidate.text().length() >= MIN_TEXT_CHARS) {
                    return candidate;
                }
            }
        }
        return doc.body() != null ? doc.body() : doc;
    }
}
