package se.webbgranskning.crawl.index;

/** One municipality of a crawl round as the index knows it; {@code seconds} and {@code message} may be null. */
public record SiteRow(String kommunkod, String name, String startUrl, String status, Double seconds,
                      String limitsHit, String message) {
}
