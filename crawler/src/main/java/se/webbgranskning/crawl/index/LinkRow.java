package se.webbgranskning.crawl.index;

/** A link found on an indexed page, with its visible text. */
public record LinkRow(long pageId, String url, String text) {
}
