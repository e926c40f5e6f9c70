package se.webbgranskning.crawl.run;

import edu.uci.ics.crawler4j.url.WebURL;

/** A URL as the recorder needs it: where it was found, how deep and under which link text; parent and anchor may be null. */
record Target(String url, int depth, String parentUrl, String anchor) {

    static Target of(WebURL url) {
        return new Target(url.getURL(), url.getDepth(), url.getParentUrl(), url.getAnchor());
    }
}
