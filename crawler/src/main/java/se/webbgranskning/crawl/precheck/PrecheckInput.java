package se.webbgranskning.crawl.precheck;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One municipality's snapshot in a crawl round, as the pre-check needs it: its pages with text, in a stable order
 * (by address), and where its redirects lead so that a link can be followed to the page it shows.
 *
 * @param snapshotDate the day the round started: what "current year" and "within twelve months" mean by default
 * @param redirects    address of a redirecting URL → the final address it leads to
 */
public record PrecheckInput(String roundId, String kommunkod, LocalDate snapshotDate, List<PrecheckPage> pages,
                            Map<String, String> redirects) {

    public PrecheckInput {
        pages = pages.stream().sorted(Comparator.comparing(PrecheckPage::url)).toList();
        redirects = Map.copyOf(redirects);
    }

    public boolean isEmpty() {
        return pages.isEmpty();
    }
}
