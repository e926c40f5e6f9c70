package se.webbgranskning.crawl.run;

import se.webbgranskning.crawl.SiteTarget;

/** Hears how a round goes; called from crawl threads. */
public interface CrawlProgress {

    void siteStarted(SiteTarget site);

    void siteFinished(SiteResult result, int sitesDone, int sitesTotal);

    static CrawlProgress silent() {
        return new CrawlProgress() {
            @Override
            public void siteStarted(SiteTarget site) {
            }

            @Override
            public void siteFinished(SiteResult result, int sitesDone, int sitesTotal) {
            }
        };
    }
}
