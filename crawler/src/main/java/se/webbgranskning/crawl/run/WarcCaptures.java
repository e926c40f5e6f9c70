package se.webbgranskning.crawl.run;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTargetRecord;
import se.webbgranskning.crawl.FailureKind;
import se.webbgranskning.crawl.fetch.Exchange;
import se.webbgranskning.crawl.index.EarlierCapture;
import se.webbgranskning.crawl.index.PageIndex;
import se.webbgranskning.crawl.scope.SiteUrlNormalizer;
import se.webbgranskning.crawl.warc.WarcLocation;

/** Turns the records of one capture, read back from a WARC file, into a page-index row. */
final class WarcCaptures {

    private final PageIndex index;
    private final DocumentReader reader;
    private final SiteUrlNormalizer normalizer;
    private final Path warcRoot;

    WarcCaptures(Path warcRoot, PageIndex index, DocumentReader reader,
                 SiteUrlNormalizer normalizer) {
        this.warcRoot = warcRoot;
        this.index = index;
        this.reader = reader;
        this.normalizer = normalizer;
    }

    /** A response or revisit record with its metadata, or a metadata record alone (a URL with no response). */
    static final class Capture {
        private final WarcRecord main;
        private final byte[] mainBlock;
        private WarcLocation location;
        private MessageHeaders fields;

        Capture(WarcRecord main, byte[] mainBlock, WarcLocation location) {
            this.main = main;
            this.mainBlock = mainBlock;
            this.location = location;
        }

        static Capture failureOnly(WarcMetadata metadata, byte[] block, WarcLocation location) throws IOException {
            Capture capture = new Capture(metadata, block, location);
            capture.fields = parseFields(block);
            return capture;
        }

        void attach(WarcMetadata metadata, byte[] block) throws IOException {
            this.fields = parseFields(block);
        }

        void setLength(long length) {
            location = new WarcLocation(location.file(), location.offset(), length);
        }

        WarcLocation location() {
            return location;
        }

        String url() {
            return ((WarcTargetRecord) main).target();
        }

        /** The municipality the metadata names, else the one the file is named after. */
        String kommunkod(String fromFileName) {
            return fields == null ? fromFileName : fields.first(CaptureFields.KOMMUNKOD).orElse(fromFileName);
        }

        private static MessageHeaders parseFields(byte[] block) throws IOException {
            return MessageHeaders.parse(java.nio.channels.Channels.newChannel(
                    new java.io.ByteArrayInputStream(withBlankLine(block))));
        }

        private static byte[] withBlankLine(byte[] block) {
            String text = new String(block, StandardCharsets.UTF_8);
            return (text.endsWith("\r\n\r\n") ? text : text + "\r\n").getBytes(StandardCharsets.UTF_8);
        }
    }

    void index(String roundId, String fileCode, Capture capture) throws IOException {
        String code = capture.kommunkod(fileCode);
        CaptureFields fields = capture.fields == null
                ? new CaptureFields(code, "page", new Target(capture.url(), 0, null, null), Optional.empty(),
                        Optional.empty())
                : CaptureFields.parse(capture.url(), capture.fields);
        if (capture.main instanceof WarcMetadata) {
            FailureKind kind = fields.failure().orElse(FailureKind.STORAGE);
            index.add(RowBuilder.failure(roundId, code, fields.target(), fields.purpose(), kind,
                    fields.failureReason().orElse(""), capture.main.date(), capture.main.id().toString(),
                    capture.location), List.of(), List.of());
            return;
        }
        Exchange exchange = exchange(capture);
        ReadDocument document = reader.read(exchange);
        RowBuilder.Judgement recorded = fields.failure()
                .map(kind -> RowBuilder.Judgement.of(kind, fields.failureReason().orElse("")))
                .orElse(RowBuilder.Judgement.none());
        RowBuilder.Judgement judgement = RowBuilder.judge(exchange, document, recorded);
        Optional<URI> target = exchange.isRedirect()
                ? exchange.header("Location").flatMap(l -> normalizer.redirectTarget(exchange.url(), l))
                : Optional.empty();
        index.add(RowBuilder.response(roundId, code, fields.target(), fields.purpose(), exchange, List.of(), target,
                        document, judgement, stored(capture, exchange)),
                document.linkUrls(), document.linkTexts());
    }

    private RowBuilder.Stored stored(Capture capture, Exchange exchange) {
        String sha256 = PageIndex.sha256Hex(exchange.body());
        String id = capture.main.id().toString();
        if (capture.main instanceof WarcRevisit revisit) {
            EarlierCapture earlier = earlierFor(revisit);
            return new RowBuilder.Stored(sha256, "revisit", id, capture.location, earlier.file(),
                    earlier.recordOffset(), earlier.recordLength());
        }
        return new RowBuilder.Stored(sha256, "response", id, capture.location, null, null, null);
    }

    private Exchange exchange(Capture capture) throws IOException {
        HttpResponse http;
        byte[] body;
        if (capture.main instanceof WarcResponse response) {
            http = HttpResponse.parse(java.nio.channels.Channels.newChannel(
                    new java.io.ByteArrayInputStream(capture.mainBlock)));
            body = http.body().stream().readAllBytes();
        } else {
            WarcRevisit revisit = (WarcRevisit) capture.main;
            http = HttpResponse.parseWithoutBody(java.nio.channels.Channels.newChannel(
                    new java.io.ByteArrayInputStream(capture.mainBlock)), null);
            body = payloadOf(earlierFor(revisit));
        }
        List<Exchange.HeaderField> headers = new ArrayList<>();
        for (Map.Entry<String, List<String>> header : http.headers().map().entrySet()) {
            header.getValue().forEach(v -> headers.add(new Exchange.HeaderField(header.getKey(), v)));
        }
        URI url = URI.create(capture.url());
        Optional<java.net.InetAddress> address = ((org.netpreserve.jwarc.WarcCaptureRecord) capture.main).ipAddress();
        return new Exchange(url, List.of(), http.version().toString(), http.status(), http.reason(), headers, body,
                address, capture.main.date(), Duration.ZERO);
    }

    private EarlierCapture earlierFor(WarcRevisit revisit) {
        String refersTo = revisit.refersTo().map(URI::toString).orElse("");
        return index.responseRecord(refersTo).orElseThrow(() -> new IllegalStateException(
                "revisit-posten för " + revisit.target() + " hänvisar till " + refersTo
                        + ", som inte finns i sidindexet; indexera den tidigare omgången först"));
    }

    private byte[] payloadOf(EarlierCapture earlier) throws IOException {
        try (FileChannel channel = FileChannel.open(warcRoot.resolve(earlier.file()))) {
            channel.position(earlier.recordOffset());
            WarcRecord record = new WarcReader(channel).next().orElseThrow();
            return ((WarcResponse) record).http().body().stream().readAllBytes();
        }
    }
}
