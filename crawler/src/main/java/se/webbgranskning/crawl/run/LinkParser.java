package se.webbgranskning.crawl.run;

import crawlercommons.filters.basic.BasicURLNormalizer;
import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.parser.HtmlParseData;
import edu.uci.ics.crawler4j.parser.HtmlParser;
import edu.uci.ics.crawler4j.parser.NotAllowedContentException;
import edu.uci.ics.crawler4j.parser.Parser;
import edu.uci.ics.crawler4j.url.TLDList;
import edu.uci.ics.crawler4j.url.WebURL;
import edu.uci.ics.crawler4j.url.WebURLFactory;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Hands crawler4j the links that jsoup found when the recorder read the page, instead of crawler4j's own Tika
 * parse (which decodes every page as UTF-8). Documents without links (PDFs, anything not HTML) end here.
 */
final class LinkParser extends Parser {

    private final SiteRecorder recorder;
    private final BasicURLNormalizer normalizer;
    private final WebURLFactory factory;
    private final TLDList tldList;
    /**
     * URLs the crawler already accepted: crawler4j looks every outgoing link up in its frontier database, one query
     * per link, and a site's menu repeats the same links on every page. A refused link is offered again, since
     * another page may make it worth following.
     */
    private final java.util.Set<String> accepted;

    LinkParser(CrawlConfig config, BasicURLNormalizer normalizer, TLDList tldList, WebURLFactory factory,
               SiteRecorder recorder, java.util.Set<String> accepted) throws java.io.IOException {
        super(config, normalizer, unusedHtmlParser(), tldList, factory);
        this.recorder = recorder;
        this.normalizer = normalizer;
        this.factory = factory;
        this.tldList = tldList;
        this.accepted = accepted;
    }

    private static HtmlParser unusedHtmlParser() {
        return new HtmlParser() {
        };
    }

    @Override
    public void parse(Page page) throws Exception {
        ReadDocument document = recorder.takeRead(page.getWebURL().getURL()).orElse(ReadDocument.nothing());
        if (document.links().isEmpty()) {
            throw new NotAllowedContentException();
        }
        Set<WebURL> outgoing = new LinkedHashSet<>();
        for (ReadDocument.Link link : document.links()) {
            String normalized = normalizer.filter(link.url().toString());
            if (normalized == null || accepted.contains(normalized)) {
                continue;
            }
            WebURL url = factory.newWebUrl();
            url.setTldList(tldList);
            url.setURL(normalized);
            url.setAnchor(link.text());
            outgoing.add(url);
        }
        HtmlParseData data = new HtmlParseData();
        data.setTitle(document.title());
        data.setText(document.mainText());
        data.setHtml("");
        data.setOutgoingUrls(outgoing);
        page.setParseData(new LinkParseData(data, document));
    }
}
