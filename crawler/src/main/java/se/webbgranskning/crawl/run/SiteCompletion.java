package se.webbgranskning.crawl.run;

import java.util.List;
import se.webbgranskning.crawl.index.IndexedPage;
import se.webbgranskning.crawl.index.PageIndex;

/**
 * What the index derives once a municipality's crawl (or its rebuild from WARC) is complete: whole redirect chains
 * and final URLs, then click depths. Both read the same rows, loaded once.
 */
final class SiteCompletion {

    private SiteCompletion() {
    }

    static void complete(PageIndex index, String roundId, String code, String startUrl) {
        List<IndexedPage> pages = index.pagesWithoutText(roundId, code);
        RedirectChains.update(index, pages);
        ClickDepths.update(index, roundId, code, startUrl, pages);
    }
}
