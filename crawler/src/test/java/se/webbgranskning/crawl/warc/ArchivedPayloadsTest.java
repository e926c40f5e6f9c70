package se.webbgranskning.crawl.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.webbgranskning.crawl.fetch.Exchange;
import se.webbgranskning.crawl.fetch.Exchange.HeaderField;

class ArchivedPayloadsTest {

    private static final String ROUND = "2026-11-24-1";
    private static final Instant FIRST_AT = Instant.parse("2026-11-24T08:15:30Z");
    private static final Instant SECOND_AT = Instant.parse("2026-11-24T08:15:31Z");

    /** A page in ISO-8859-1: its non-ASCII bytes (0xC5 for Å, 0xE5 for å) must come back unchanged. */
    private static final byte[] LATIN1_PAGE = ("<!DOCTYPE html><html><head><title>\u00c5sele</title></head>"
            + "<body><p>V\u00e4lkommen till \u00c5sele, l\u00e5ngt bort</p></body></html>")
            .getBytes(StandardCharsets.ISO_8859_1);

    @TempDir
    Path root;

    @Test
    void readsHtmlBodyAndHeadersExactlyAsArchived() throws IOException {
        Written written = writeTwoPages();

        ArchivedPayload payload = new ArchivedPayloads(root).read(written.first());

        assertThat(payload.targetUri()).isEqualTo("https://www.asele.se/");
        assertThat(payload.status()).isEqualTo(200);
        assertThat(payload.contentType()).isEqualTo("text/html; charset=ISO-8859-1");
        assertThat(payload.body()).containsExactly(LATIN1_PAGE);
        assertThat(payload.body()).contains((byte) 0xC5);
        assertThat(payload.capturedAt()).isEqualTo(FIRST_AT);
    }

    @Test
    void readsTheSecondRecordOfTheSameFile() throws IOException {
        Written written = writeTwoPages();
        assertThat(written.second().file()).isEqualTo(written.first().file());

        ArchivedPayload payload = new ArchivedPayloads(root).read(written.second());

        assertThat(payload.targetUri()).isEqualTo("https://www.asele.se/saknas");
        assertThat(payload.status()).isEqualTo(404);
        assertThat(payload.contentType()).isEqualTo("text/plain");
        assertThat(new String(payload.body(), StandardCharsets.UTF_8)).isEqualTo("Sidan saknas");
        assertThat(payload.capturedAt()).isEqualTo(SECOND_AT);
    }

    @Test
    void emptyContentTypeWhenTheServerSentNone() throws IOException {
        WarcLocation location = writeOne(exchange("https://www.asele.se/x", 200, List.of(), "x".getBytes(
                StandardCharsets.UTF_8), FIRST_AT));

        assertThat(new ArchivedPayloads(root).read(location).contentType()).isEmpty();
    }

    @Test
    void removesGzipContentCodingSentAgainstOurRequest() throws IOException {
        byte[] html = "<p>Packad sida med \u00e5\u00e4\u00f6</p>".getBytes(StandardCharsets.UTF_8);
        WarcLocation location = writeOne(exchange("https://www.asele.se/gz", 200,
                List.of(new HeaderField("Content-Type", "text/html; charset=utf-8"),
                        new HeaderField("Content-Encoding", "gzip")), gzip(html), FIRST_AT));

        assertThat(new ArchivedPayloads(root).read(location).body()).containsExactly(html);
    }

    @Test
    void offsetInsideARecordIsAnIOException() throws IOException {
        Written written = writeTwoPages();
        WarcLocation shifted = new WarcLocation(written.second().file(), written.second().offset() + 7,
                written.second().length());

        assertThatThrownBy(() -> new ArchivedPayloads(root).read(shifted))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(written.second().file())
                .hasMessageContaining(String.valueOf(shifted.offset()));
    }

    @Test
    void offsetOfARecordThatIsNoResponseIsAnIOException() throws IOException {
        Written written = writeTwoPages();
        WarcLocation warcinfo = new WarcLocation(written.first().file(), 0, written.first().offset());

        assertThatThrownBy(() -> new ArchivedPayloads(root).read(warcinfo))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a response record");
    }

    @Test
    void offsetBeyondTheFileIsAnIOException() throws IOException {
        Written written = writeTwoPages();
        WarcLocation beyond = new WarcLocation(written.first().file(), 1_000_000, 10);

        assertThatThrownBy(() -> new ArchivedPayloads(root).read(beyond)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> new ArchivedPayloads(root).read(
                new WarcLocation(written.first().file(), -1, 10))).isInstanceOf(IOException.class);
    }

    @Test
    void truncatedRecordIsAnIOException() throws IOException {
        Written written = writeTwoPages();
        try (FileChannel channel = FileChannel.open(root.resolve(written.second().file()),
                StandardOpenOption.WRITE)) {
            channel.truncate(written.second().offset() + written.second().length() / 2);
        }

        assertThatThrownBy(() -> new ArchivedPayloads(root).read(written.second()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void bodyAboveTheCapIsAnIOException() throws IOException {
        Written written = writeTwoPages();

        assertThatThrownBy(() -> new ArchivedPayloads(root, 20).read(written.first()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("limit of 20 bytes");
        assertThat(new ArchivedPayloads(root, LATIN1_PAGE.length).read(written.first()).body())
                .hasSize(LATIN1_PAGE.length);
    }

    @Test
    void decodedBodyAboveTheCapIsAnIOException() throws IOException {
        byte[] bomb = new byte[1_000_000];
        WarcLocation location = writeOne(exchange("https://www.asele.se/bomb", 200,
                List.of(new HeaderField("Content-Encoding", "gzip")), gzip(bomb), FIRST_AT));

        assertThatThrownBy(() -> new ArchivedPayloads(root, 64 * 1024).read(location))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("limit");
    }

    @Test
    void missingFileIsAnIOException() {
        WarcLocation missing = new WarcLocation(ROUND + "/9999-001.warc.gz", 0, 1);

        assertThatThrownBy(() -> new ArchivedPayloads(root).read(missing))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not found");
    }

    @Test
    void fileNamesThatLeaveTheRootAreRefused() throws IOException {
        Written written = writeTwoPages();
        ArchivedPayloads payloads = new ArchivedPayloads(root.resolve(ROUND));
        String absolute = root.resolve(written.first().file()).toString();

        for (String name : List.of("../x.warc.gz", "a/../../x.warc.gz", absolute, "", "..")) {
            assertThatThrownBy(() -> payloads.read(new WarcLocation(name, written.first().offset(), 1)))
                    .as(name)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private record Written(WarcLocation first, WarcLocation second) {
    }

    private Written writeTwoPages() throws IOException {
        try (WarcSink sink = WarcSink.create(root, ROUND, "2418", Map.of("software", "ArchivedPayloadsTest"))) {
            WarcLocation first = sink.write(CaptureRecords.response(exchange("https://www.asele.se/", 200,
                    List.of(new HeaderField("Content-Type", "text/html; charset=ISO-8859-1")), LATIN1_PAGE,
                    FIRST_AT), sink.warcinfoId(), UUID.randomUUID()));
            WarcLocation second = sink.write(CaptureRecords.response(exchange("https://www.asele.se/saknas", 404,
                    List.of(new HeaderField("Content-Type", "text/plain")),
                    "Sidan saknas".getBytes(StandardCharsets.UTF_8), SECOND_AT), sink.warcinfoId(),
                    UUID.randomUUID()));
            return new Written(first, second);
        }
    }

    private WarcLocation writeOne(Exchange exchange) throws IOException {
        try (WarcSink sink = WarcSink.create(root, ROUND, "2418", Map.of("software", "ArchivedPayloadsTest"))) {
            return sink.write(CaptureRecords.response(exchange, sink.warcinfoId(), UUID.randomUUID()));
        }
    }

    private static Exchange exchange(String url, int status, List<HeaderField> headers, byte[] body, Instant at) {
        return new Exchange(URI.create(url), List.of(), "HTTP/1.1", status, status == 200 ? "OK" : "Not Found",
                headers, body, Optional.empty(), at, Duration.ofMillis(5));
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
