package se.webbgranskning.crawl.index;

/** How many documents a municipality's snapshot holds so far in a round, and how many of them failed. */
public record SiteCounts(String kommunkod, int documents, int failures) {
}
