package se.webbgranskning.bench.precheck;

/**
 * A page of a synthetic municipality before layout: its address, title, the content of its {@code <main>} and how
 * many clicks from the start page it lies (the crawler works that out from the links; the builder knows it).
 *
 * @param updatedSlot which of the municipality's drawn dates the page shows as "last updated", or -1 for none
 */
record SitePage(String path, String title, int clickDepth, String main, int updatedSlot) {
}
