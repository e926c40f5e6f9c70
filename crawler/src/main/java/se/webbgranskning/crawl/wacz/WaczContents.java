package se.webbgranskning.crawl.wacz;

import java.util.List;
import se.webbgranskning.crawl.index.ArchivedCapture;

/**
 * What an evidence bundle holds: the records of one municipality's snapshot (usually
 * {@link se.webbgranskning.crawl.index.PageIndex#archivedCaptures} of one round) and the pages to offer as entry
 * points. The first listed page is the bundle's main page, the one ReplayWeb.page opens first.
 *
 * @param title       one line shown with the bundle, e.g. the municipality and round
 * @param description a longer Markdown description (plain text is fine), empty for none
 * @param captures    the records to bundle; every response and revisit is also indexed for replay
 * @param pages       pages to list, in order; each must be the URL of a response or revisit in {@code captures}
 */
public record WaczContents(String title, String description, List<ArchivedCapture> captures,
                           List<ListedPage> pages) {

    public WaczContents {
        if (title == null || title.isBlank() || description == null) {
            throw new IllegalArgumentException("a bundle needs a title and a description (which may be empty)");
        }
        captures = List.copyOf(captures);
        pages = List.copyOf(pages);
    }
}
