package se.webbgranskning.crawl.warc;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import se.webbgranskning.crawl.fetch.Exchange;

/**
 * Builds the WARC records of one exchange. The response record's block is the HTTP message as received: status
 * line and headers in their order and spelling, then the body. The body was de-chunked by the HTTP client, so a
 * {@code Transfer-Encoding} header is left out (replay tools would otherwise try to de-chunk it again); the
 * warcinfo record says so. Digests are SHA-1 in base32, the web-archive convention.
 */
public final class CaptureRecords {

    /** The sentence each warcinfo record carries about how HTTP messages are stored. */
    public static final String HTTP_CAPTURE_NOTE = "response records hold the status line and headers as received"
            + " and the body after transfer decoding (Transfer-Encoding header omitted); no content coding is"
            + " requested, any sent anyway is kept as received";

    /** Warc-fields values are single lines; written for every capture, so compiled once. */
    private static final java.util.regex.Pattern LINE_BREAKS = java.util.regex.Pattern.compile("[\\r\\n\\t]+");

    private CaptureRecords() {
    }

    public static WarcResponse response(Exchange exchange, URI warcinfoId, UUID recordId) {
        byte[] head = statusAndHeaders(exchange);
        byte[] block = concat(head, exchange.body());
        WarcResponse.Builder builder = new WarcResponse.Builder(exchange.url()).version(MessageVersion.WARC_1_1)
                .recordId(recordId).date(exchange.fetchedAt()).warcinfoId(warcinfoId)
                .body(MediaType.HTTP_RESPONSE, block)
                .blockDigest(sha1(block))
                .payloadDigest(sha1(exchange.body()));
        exchange.remoteAddress().ifPresent(builder::ipAddress);
        return builder.build();
    }

    /** A revisit record: the same payload as an earlier capture, so only the headers are stored. */
    public static WarcRevisit revisit(Exchange exchange, URI warcinfoId, UUID recordId, URI earlierRecordId,
                                      URI earlierTarget, Instant earlierDate) {
        byte[] head = statusAndHeaders(exchange);
        WarcRevisit.Builder builder = new WarcRevisit.Builder(exchange.url(), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
                .version(MessageVersion.WARC_1_1)
                .recordId(recordId).date(exchange.fetchedAt()).warcinfoId(warcinfoId)
                .body(MediaType.HTTP_RESPONSE, head)
                .blockDigest(sha1(head))
                .payloadDigest(sha1(exchange.body()))
                .refersTo(earlierRecordId, earlierTarget, earlierDate);
        exchange.remoteAddress().ifPresent(builder::ipAddress);
        return builder.build();
    }

    /**
     * A metadata record (application/warc-fields) about a target: how the crawl reached it and, for a URL with no
     * response to store, why. Concurrent to the response record when there is one. With these the page index can
     * be rebuilt from the WARC files alone.
     */
    public static WarcMetadata metadata(URI target, URI warcinfoId, Instant date, Optional<UUID> concurrentTo,
                                        Map<String, String> fields) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        fields.forEach((k, v) -> map.put(k, List.of(oneLine(v))));
        WarcMetadata.Builder builder = new WarcMetadata.Builder().version(MessageVersion.WARC_1_1).targetURI(target)
                .date(date).warcinfoId(warcinfoId).fields(map);
        concurrentTo.ifPresent(id -> builder.concurrentTo(URI.create("urn:uuid:" + id)));
        return builder.build();
    }

    private static String oneLine(String value) {
        return LINE_BREAKS.matcher(value).replaceAll(" ").strip();
    }

    public static WarcDigest sha1(byte[] bytes) {
        try {
            return new WarcDigest("sha1", MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 saknas i Java-miljön", e);
        }
    }

    private static byte[] statusAndHeaders(Exchange exchange) {
        StringBuilder head = new StringBuilder();
        head.append(exchange.protocol()).append(' ').append(exchange.status());
        if (!exchange.reason().isEmpty()) {
            head.append(' ').append(exchange.reason());
        }
        head.append("\r\n");
        List<Exchange.HeaderField> headers = exchange.responseHeaders();
        for (Exchange.HeaderField h : headers) {
            if (!h.name().equalsIgnoreCase("Transfer-Encoding")) {
                head.append(h.name()).append(": ").append(h.value()).append("\r\n");
            }
        }
        head.append("\r\n");
        return head.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
