package se.webbgranskning.crawl.wacz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.webbgranskning.crawl.index.ArchivedCapture;
import se.webbgranskning.crawl.warc.WarcLocation;

/**
 * The WARC file inside a bundle, read back with JWAT (a reader independent of the jwarc library the crawler
 * writes with): every record parses cleanly with valid digests, every CDXJ line leads to the record it names,
 * records are the crawl's bytes verbatim, and the snapshot is complete, revisits with the responses that hold
 * their payload. Checked on Ekbacka's second round (revisits, a PDF, two hosts) and Krokvik's first (redirects,
 * a 503, a URL that timed out and has only a metadata record).
 */
@Tag("database")
class WaczArchiveTest {

    private static final DateTimeFormatter CDX_TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    @TempDir
    static Path dir;

    private static WaczFixtureCrawl crawl;
    private static Bundle ekbacka;
    private static Bundle krokvik;

    /** A written bundle with the captures it was made from. */
    private record Bundle(List<ArchivedCapture> captures, WaczSummary summary, OpenedWacz wacz,
                          List<JwatRecords.Read> records) {

        List<String> cdxj() {
            return wacz.lines("indexes/index.cdxj");
        }
    }

    @BeforeAll
    static void writeBundles() throws IOException {
        crawl = WaczFixtureCrawl.get();
        ekbacka = bundle(crawl.secondRound, WaczFixtureCrawl.EKBACKA);
        krokvik = bundle(crawl.firstRound, WaczFixtureCrawl.KROKVIK);
    }

    private static Bundle bundle(String round, String key) throws IOException {
        List<ArchivedCapture> captures = crawl.captures(round, key);
        Path file = dir.resolve(key + ".wacz");
        WaczSummary summary = new WaczWriter(crawl.warcRoot, Clock.systemUTC())
                .write(new WaczContents(key, "", captures, List.of()), file);
        OpenedWacz wacz = OpenedWacz.open(file);
        return new Bundle(captures, summary, wacz, JwatRecords.all(wacz.warc()));
    }

    @Test
    void everyRecordParsesWithoutDiagnosesAndItsDigestsValidate() {
        for (Bundle bundle : List.of(ekbacka, krokvik)) {
            assertThat(bundle.records()).hasSize(bundle.summary().records());
            for (JwatRecords.Read record : bundle.records()) {
                assertThat(record.problems()).as(record.toString()).isEmpty();
                if (record.type().equals("response") || record.type().equals("revisit")) {
                    assertThat(record.blockDigestValid()).as(record.toString()).isTrue();
                }
                if (record.type().equals("response")) {
                    assertThat(record.payloadDigest()).as(record.toString()).isNotNull();
                    assertThat(record.payloadDigestValid()).as(record.toString()).isTrue();
                }
            }
        }
    }

    @Test
    void everyCdxjLineLeadsToTheRecordItNames() throws IOException {
        for (Bundle bundle : List.of(ekbacka, krokvik)) {
            List<String> lines = bundle.cdxj();
            long captures = bundle.records().stream()
                    .filter(r -> r.type().equals("response") || r.type().equals("revisit")).count();
            assertThat(lines).hasSize((int) captures);
            assertThat(lines).isEqualTo(sortedByBytes(lines));
            Set<Long> recordStarts = bundle.records().stream().map(JwatRecords.Read::offset)
                    .collect(Collectors.toSet());
            for (String line : lines) {
                String[] parts = line.split(" ", 3);
                JsonNode json = OpenedWacz.parse(parts[2]);
                long offset = Long.parseLong(json.path("offset").asText());
                long length = Long.parseLong(json.path("length").asText());
                assertThat(json.path("filename").asText()).isEqualTo("data.warc.gz");
                assertThat(recordStarts).as(line).contains(offset);
                JwatRecords.Read record = JwatRecords.at(bundle.wacz().warc(), offset, length);
                assertThat(record.problems()).as(line).isEmpty();
                assertThat(record.uri()).as(line).isEqualTo(json.path("url").asText());
                assertThat(record.type()).as(line)
                        .isEqualTo(json.path("mime").asText().equals("warc/revisit") ? "revisit" : "response");
                assertThat(record.status()).as(line).hasToString(json.path("status").asText());
                assertThat(record.payloadDigest()).as(line).isEqualTo(json.path("digest").asText());
                assertThat(parts[1]).as(line).isEqualTo(CDX_TIMESTAMP.format(Instant.parse(record.date())));
                assertThat(parts[0]).as(line).contains(")/");
            }
        }
    }

    @Test
    void recordsAreTheCrawlsBytesVerbatim() throws IOException {
        for (Bundle bundle : List.of(ekbacka, krokvik)) {
            byte[] warc = bundle.wacz().warc();
            for (ArchivedCapture capture : bundle.captures()) {
                byte[] original = read(capture.record());
                JwatRecords.Read bundled = bundle.records().stream()
                        .filter(r -> r.type().equals(capture.recordType()) && capture.url().equals(r.uri()))
                        .filter(r -> !r.type().equals("metadata") || r.concurrentTo() == null)
                        .findFirst().orElseThrow(() -> new AssertionError("not bundled: " + capture));
                int at = (int) bundled.offset();
                assertThat(Arrays.copyOfRange(warc, at, at + original.length)).as(capture.url()).isEqualTo(original);
            }
        }
    }

    @Test
    void revisitsComeWithTheResponseThatHoldsTheirPayload() {
        List<JwatRecords.Read> revisits = ekbacka.records().stream().filter(r -> r.type().equals("revisit")).toList();
        assertThat(revisits).hasSizeGreaterThan(10);
        assertThat(revisits).anySatisfy(r -> assertThat(r.uri()).endsWith(".pdf"));
        for (JwatRecords.Read revisit : revisits) {
            assertThat(ekbacka.records()).as(revisit.uri()).anySatisfy(response -> {
                assertThat(response.type()).isEqualTo("response");
                assertThat(response.uri()).isEqualTo(revisit.uri());
                assertThat(response.payloadDigest()).isEqualTo(revisit.payloadDigest());
                assertThat(Instant.parse(response.date())).isBefore(Instant.parse(revisit.date()));
            });
        }
    }

    @Test
    void everyRecordOfTheSnapshotIsThereWithItsMetadataAndWarcinfo() {
        for (Bundle bundle : List.of(ekbacka, krokvik)) {
            List<JwatRecords.Read> records = bundle.records();
            for (ArchivedCapture capture : bundle.captures()) {
                JwatRecords.Read main = records.stream()
                        .filter(r -> r.type().equals(capture.recordType()) && capture.url().equals(r.uri()))
                        .findFirst().orElseThrow(() -> new AssertionError("not bundled: " + capture));
                if (capture.isCapture()) {
                    assertThat(records).as("metadata of " + capture.url())
                            .anySatisfy(r -> assertThat(r.concurrentTo()).isEqualTo(main.id()));
                }
            }
            Set<String> sourceFiles = bundle.captures().stream()
                    .flatMap(c -> java.util.stream.Stream.of(c.record().file(), c.payloadRecord().file()))
                    .collect(Collectors.toSet());
            assertThat(records.stream().filter(r -> r.type().equals("warcinfo"))).hasSize(sourceFiles.size());
            assertThat(records.get(0).type()).isEqualTo("warcinfo");
        }
        assertThat(ekbacka.records().stream().filter(r -> r.type().equals("warcinfo"))).hasSize(2);
    }

    @Test
    void redirectsErrorsAndFailuresOfTheSnapshotAreKept() {
        assertThat(krokvik.records()).anySatisfy(r -> {
            assertThat(r.uri()).endsWith("/hemtjanst");
            assertThat(r.status()).isEqualTo(301);
        });
        assertThat(krokvik.records()).anySatisfy(r -> assertThat(r.status()).isEqualTo(302));
        assertThat(krokvik.records()).anySatisfy(r -> {
            assertThat(r.uri()).endsWith("/omsorg/trasig");
            assertThat(r.status()).isEqualTo(503);
        });
        // The page slower than the request timeout has no response, only the metadata record saying why
        assertThat(krokvik.records()).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo("metadata");
            assertThat(r.uri()).endsWith("/omsorg/lang-svarstid");
            assertThat(r.concurrentTo()).isNull();
        });
        assertThat(krokvik.cdxj()).noneMatch(line -> line.contains("lang-svarstid"));
    }

    private static byte[] read(WarcLocation location) throws IOException {
        byte[] file = Files.readAllBytes(crawl.warcRoot.resolve(location.file()));
        return Arrays.copyOfRange(file, (int) location.offset(), (int) (location.offset() + location.length()));
    }

    private static List<String> sortedByBytes(List<String> lines) {
        return lines.stream().sorted((a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8),
                b.getBytes(StandardCharsets.UTF_8))).toList();
    }
}
