package se.webbgranskning.crawl.run;

import edu.uci.ics.crawler4j.parser.ParseData;
import edu.uci.ics.crawler4j.url.WebURL;
import java.util.Set;

/** crawler4j parse data that also carries what we read, so the link policy can judge the page a link is on. */
final class LinkParseData implements ParseData {

    private final ParseData links;
    private final ReadDocument document;
    private Boolean relevant;

    LinkParseData(ParseData links, ReadDocument document) {
        this.links = links;
        this.document = document;
    }

    ReadDocument document() {
        return document;
    }

    /** Whether the page is about home care, judged once per page (not once per link on it). */
    boolean relevant(java.util.function.Predicate<ReadDocument> judge) {
        if (relevant == null) {
            relevant = judge.test(document);
        }
        return relevant;
    }

    @Override
    public Set<WebURL> getOutgoingUrls() {
        return links.getOutgoingUrls();
    }

    @Override
    public void setOutgoingUrls(Set<WebURL> outgoingUrls) {
        links.setOutgoingUrls(outgoingUrls);
    }

    @Override
    public String toString() {
        return links.toString();
    }
}
