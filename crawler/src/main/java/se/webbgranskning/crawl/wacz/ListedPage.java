package se.webbgranskning.crawl.wacz;

/**
 * A page to list in the bundle's {@code pages/pages.jsonl}, where ReplayWeb.page offers it as an entry point.
 * Its capture time is not given: it is taken from the bundled record, so it always names a capture that is there.
 *
 * @param url   the URL of a response or revisit of the bundled snapshot
 * @param title the page's title, empty if it has none
 */
public record ListedPage(String url, String title) {

    public ListedPage {
        if (url == null || url.isBlank() || title == null) {
            throw new IllegalArgumentException("a listed page needs a URL and a title (which may be empty)");
        }
    }
}
