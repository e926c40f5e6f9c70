package se.webbgranskning.crawl.precheck;

/** Where something was found in a page's text: characters {@code [start, end)}. */
record Span(int start, int end) {
}
