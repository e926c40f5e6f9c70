package se.webbgranskning.crawl.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import se.webbgranskning.crawl.CrawlSettings;
import se.webbgranskning.crawl.SiteTarget;
import se.webbgranskning.crawl.fetch.HttpFetcher;
import se.webbgranskning.crawl.warc.CaptureRecords;
import se.webbgranskning.crawl.warc.WarcSink;
import se.webbgranskning.crawl.warc.WarcStorage;

/** Opens the WARC files of a round under {@code <data>/warc/<round>/}, one new file per municipality and session. */
final class WarcFiles {

    private final Path root;
    private final CrawlSettings settings;
    private final WarcStorage storage;

    WarcFiles(Path root, CrawlSettings settings, WarcStorage storage) {
        this.root = root;
        this.settings = settings;
        this.storage = storage;
    }

    WarcSink open(String roundId, SiteTarget site) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("software", "Webbgranskning crawler (crawler4j 5.1.0, jwarc 0.36.0)");
        fields.put("format", "WARC File Format 1.1");
        fields.put("conformsTo", "http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/");
        fields.put("isPartOf", "crawl round " + roundId);
        fields.put("description", "Kommun " + site.code() + " " + site.name() + ", startsida " + site.startUrl());
        fields.put("http-header-user-agent", settings.userAgent());
        fields.put("http-header-accept", HttpFetcher.ACCEPT);
        fields.put("http-header-accept-language", HttpFetcher.ACCEPT_LANGUAGE);
        fields.put("http-request", "GET; cookies kept only within one municipality's crawl; no content coding"
                + " asked for; no request records, as every request carries only the headers above");
        fields.put("robots", "obey (RFC 9309: 4xx allow all, 5xx or unreachable disallow all)");
        fields.put("http-capture", CaptureRecords.HTTP_CAPTURE_NOTE);
        return WarcSink.create(root, roundId, site.code(), fields, storage);
    }
}
