package se.webbgranskning.crawl.run;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the crawler read out of a fetched document: its text and, for HTML, its links. A document that could
 * not be read (a corrupt PDF) has a failure reason and no text.
 */
public record ReadDocument(String title, String mainText, Optional<String> charset, List<Link> links,
                           boolean noindex, Optional<LocalDate> lastUpdated, Optional<String> unreadableReason) {

    public ReadDocument {
        links = List.copyOf(links);
    }

    public static ReadDocument nothing() {
        return new ReadDocument("", "", Optional.empty(), List.of(), false, Optional.empty(), Optional.empty());
    }

    public static ReadDocument unreadable(String reason) {
        return new ReadDocument("", "", Optional.empty(), List.of(), false, Optional.empty(), Optional.of(reason));
    }

    /** The links' URLs, in page order. */
    public List<String> linkUrls() {
        return links.stream().map(l -> l.url().toString()).toList();
    }

    /** The links' visible texts, in the same order. */
    public List<String> linkTexts() {
        return links.stream().map(Link::text).toList();
    }

    /** A link on the page with its visible text. */
    public record Link(URI url, String text) {
    }
}
