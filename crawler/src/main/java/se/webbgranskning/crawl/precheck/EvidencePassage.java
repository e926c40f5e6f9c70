package se.webbgranskning.crawl.precheck;

/**
 * A passage that supports a suggestion.
 *
 * @param quote an exact substring of the page's stored text, starting at {@code start}, so that the review app can
 *              find and cite it
 * @param why   why it matched, in Swedish for the reviewer ("belopp i kronor nära ”avgift”")
 */
public record EvidencePassage(long pageId, String url, String quote, int start, String why) {
}
