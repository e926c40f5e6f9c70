package se.webbgranskning.crawl.precheck;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Finds the snapshot page a link shows, following the snapshot's redirects (a redirect costs the visitor no click). */
final class PageLookup {

    private static final int MAX_REDIRECTS = 10;

    private final Map<String, PrecheckPage> byUrl = new HashMap<>();
    private final Map<String, String> redirects;

    PageLookup(PrecheckInput input) {
        input.pages().forEach(page -> byUrl.put(page.url(), page));
        this.redirects = input.redirects();
    }

    Optional<PrecheckPage> target(String url) {
        String current = url;
        for (int hop = 0; hop <= MAX_REDIRECTS && current != null; hop++) {
            PrecheckPage page = byUrl.get(current);
            if (page != null) {
                return Optional.of(page);
            }
            current = redirects.get(current);
        }
        return Optional.empty();
    }
}
