package se.webbgranskning.crawl.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What we keep from an HTML page.
 *
 * @param charset       name of the charset the body was decoded with ("UTF-8", "windows-1252", …); a declared
 *                      ISO-8859-1 or US-ASCII is reported as "windows-1252", since that is what was used
 * @param charsetSource which rule chose the charset
 * @param title         {@code <title>}, or the first {@code <h1>} when the title is empty; may be empty
 * @param mainText      the page's own content as plain text, one block per line, boilerplate removed
 * @param links         every followable link of the whole page, in document order, de-duplicated
 * @param noindex       robots/googlebot meta says noindex (or none)
 * @param nofollow      robots/googlebot meta says nofollow (or none)
 * @param lastUpdated   the date the page says it was last updated, if it says so
 * @param language      the {@code <html lang>} value, "" if none
 */
public record HtmlPage(String charset, CharsetSource charsetSource, String title, String mainText,
                       List<PageLink> links, boolean noindex, boolean nofollow,
                       Optional<LocalDate> lastUpdated, String language) {

    public HtmlPage {
        links = List.copyOf(links);
    }
}
