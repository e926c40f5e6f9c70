package se.webbgranskning.crawl.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.webbgranskning.crawl.index.IndexedPage;
import se.webbgranskning.crawl.index.PageIndex;

/**
 * Completes every redirect row once a municipality is crawled: the whole chain from that URL on and the final URL
 * it leads to; and gives a page reached through redirects the chain that leads to it. While crawling only the
 * hops so far are known, and a target may have been fetched before (linked directly), in which case crawler4j
 * does not fetch it again. Computed from the index alone, so a rebuild from WARC files gives the same result.
 */
final class RedirectChains {

    private static final int MAX_HOPS = 20;

    private RedirectChains() {
    }

    static void update(PageIndex index, List<IndexedPage> pages) {
        Map<String, IndexedPage> byUrl = new HashMap<>();
        pages.forEach(p -> byUrl.put(p.url(), p));
        List<Long> ids = new ArrayList<>();
        List<String> chains = new ArrayList<>();
        List<String> finals = new ArrayList<>();
        Map<String, String> chainByFinalUrl = new HashMap<>();
        java.util.Set<String> redirectTargets = new java.util.HashSet<>();
        pages.stream().filter(RedirectChains::isRedirect).forEach(p -> redirectTargets.add(target(p)));
        for (IndexedPage page : pages) {
            if (!isRedirect(page)) {
                continue;
            }
            List<String> hops = new ArrayList<>();
            hops.add(page.url());
            String next = target(page);
            String finalUrl = null;
            while (next != null && !hops.contains(next) && hops.size() < MAX_HOPS) {
                hops.add(next);
                IndexedPage hop = byUrl.get(next);
                if (hop == null || !isRedirect(hop)) {
                    finalUrl = hop != null && hop.status() != null ? next : null;
                    break;
                }
                next = target(hop);
            }
            String chain = String.join(" ", hops);
            if (finalUrl != null && !redirectTargets.contains(page.url())) {
                chainByFinalUrl.putIfAbsent(finalUrl, chain); // pages are in fetch order: the first chain wins
            }
            if (!chain.equals(page.redirectChain()) || !Objects.equals(finalUrl, page.finalUrl())) {
                ids.add(page.pageId());
                chains.add(chain);
                finals.add(finalUrl);
            }
        }
        // A page reached by redirects carries the chain from the first hop a visitor could have clicked.
        for (IndexedPage page : pages) {
            String chain = chainByFinalUrl.get(page.url());
            if (!isRedirect(page) && chain != null && !chain.equals(page.redirectChain())) {
                ids.add(page.pageId());
                chains.add(chain);
                finals.add(page.url());
            }
        }
        index.updateRedirects(ids, chains, finals);
    }

    private static boolean isRedirect(IndexedPage page) {
        return page.status() != null && page.status() >= 300 && page.status() <= 399 && target(page) != null;
    }

    /** Where a redirect row's Location pointed: the hop after its own URL in its chain. */
    static String target(IndexedPage page) {
        if (page.redirectChain() == null || page.redirectChain().isBlank()) {
            return null;
        }
        List<String> hops = List.of(page.redirectChain().split(" "));
        int self = hops.indexOf(page.url());
        return self < 0 || self + 1 >= hops.size() ? null : hops.get(self + 1);
    }
}
