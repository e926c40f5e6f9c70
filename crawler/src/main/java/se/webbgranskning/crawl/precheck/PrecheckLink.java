package se.webbgranskning.crawl.precheck;

/** A link on a page of the snapshot: where it points and its visible text (may be empty). */
public record PrecheckLink(String url, String text) {
}
