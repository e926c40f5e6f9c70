package se.webbgranskning.crawl.run;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.webbgranskning.crawl.index.IndexedPage;
import se.webbgranskning.crawl.index.LinkRow;
import se.webbgranskning.crawl.index.PageIndex;

/**
 * Computes every indexed page's click depth: the fewest link clicks from the start page, where a redirect costs
 * no click (the visitor clicks once and lands on the final page). crawler4j's own depth is the depth at which a
 * URL was first queued, which need not be the shortest path because the frontier serves relevant links first.
 * A page reached only by other means keeps no click depth.
 */
final class ClickDepths {

    private ClickDepths() {
    }

    /** {@code pages}: the site's rows; their redirect chains may be as recorded or as {@link RedirectChains} left them. */
    static void update(PageIndex index, String roundId, String code, String startUrl, List<IndexedPage> pages) {
        Map<String, IndexedPage> byUrl = new HashMap<>();
        Map<Long, String> urlById = new HashMap<>();
        for (IndexedPage page : pages) {
            byUrl.put(page.url(), page);
            urlById.put(page.pageId(), page.url());
        }
        Map<String, List<String>> clicks = new HashMap<>();
        for (LinkRow link : index.links(roundId, code)) {
            clicks.computeIfAbsent(urlById.get(link.pageId()), k -> new ArrayList<>()).add(link.url());
        }
        Map<String, Integer> depth = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        depth.put(startUrl, 0);
        queue.add(startUrl);
        while (!queue.isEmpty()) {
            String url = queue.poll();
            int d = depth.get(url);
            IndexedPage page = byUrl.get(url);
            if (page == null) {
                continue;
            }
            String redirectTarget = redirectTarget(page);
            if (redirectTarget != null && depth.getOrDefault(redirectTarget, Integer.MAX_VALUE) > d) {
                depth.put(redirectTarget, d);
                queue.addFirst(redirectTarget); // 0-1 BFS: a free hop goes to the front
            }
            for (String next : clicks.getOrDefault(url, List.of())) {
                if (depth.getOrDefault(next, Integer.MAX_VALUE) > d + 1) {
                    depth.put(next, d + 1);
                    queue.addLast(next);
                }
            }
        }
        List<Long> ids = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (IndexedPage page : pages) {
            Integer d = depth.get(page.url());
            if (d != null && !d.equals(page.clickDepth())) {
                ids.add(page.pageId());
                values.add(d);
            }
        }
        index.updateClickDepths(ids, values);
    }

    private static String redirectTarget(IndexedPage page) {
        if (page.status() == null || page.status() < 300 || page.status() > 399) {
            return null;
        }
        return RedirectChains.target(page);
    }
}
