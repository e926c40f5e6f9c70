package se.webbgranskning.crawl.precheck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-written snapshots for the pre-check's unit tests: pages as the page index would hold them. */
final class TestSnapshots {

    static final String SITE = "https://www.exempelby.se";

    private final List<PrecheckPage> pages = new ArrayList<>();
    private long nextId = 1;

    /** An HTML page at {@code path} with its title, text, click depth and optional last-updated date and links. */
    TestSnapshots page(String path, String title, String text, int depth, LocalDate updated, PrecheckLink... links) {
        pages.add(new PrecheckPage(nextId++, SITE + path, title, text, "text/html; charset=UTF-8",
                Optional.of(depth), Optional.ofNullable(updated), List.of(links)));
        return this;
    }

    TestSnapshots page(String path, String title, String text, int depth, PrecheckLink... links) {
        return page(path, title, text, depth, null, links);
    }

    TestSnapshots pdf(String path, String title, String text, int depth) {
        pages.add(new PrecheckPage(nextId++, SITE + path, title, text, "application/pdf", Optional.of(depth),
                Optional.empty(), List.of()));
        return this;
    }

    PrecheckInput input() {
        return new PrecheckInput("2026-08-15-1", "0000", LocalDate.of(2026, 8, 15), pages, Map.of());
    }

    static PrecheckLink link(String urlOrPath, String text) {
        return new PrecheckLink(urlOrPath.startsWith("http") ? urlOrPath : SITE + urlOrPath, text);
    }
}
