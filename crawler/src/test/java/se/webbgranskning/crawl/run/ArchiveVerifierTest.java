package se.webbgranskning.crawl.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.webbgranskning.crawl.fixture.FixtureOptions;
import se.webbgranskning.crawl.fixture.FixtureWeb;
import se.webbgranskning.crawl.index.IndexedRecord;
import se.webbgranskning.crawl.verify.ArchiveVerifier;
import se.webbgranskning.crawl.verify.RecordProblem;
import se.webbgranskning.crawl.verify.VerifyReport;

/** {@code verify}: every indexed WARC record is checked, and each kind of damage is found and named. */
@Tag("database")
class ArchiveVerifierTest {

    private static FixtureWeb web;

    @TempDir
    Path dir;

    private CrawlHarness harness;
    private String roundId;

    @BeforeAll
    static void startWeb() throws IOException {
        web = FixtureWeb.start(new FixtureOptions(0, Duration.ofSeconds(2)));
    }

    @AfterAll
    static void stopWeb() {
        web.close();
    }

    @BeforeEach
    void crawl() throws InterruptedException {
        harness = new CrawlHarness(dir);
        roundId = harness.crawl(web, CrawlHarness.testSettings(), List.of(web.site("norrvik"))).roundId();
    }

    @Test
    void anIntactArchiveHasNoProblems() {
        List<IndexedRecord> records = records();

        VerifyReport report = verifier().verify(records);

        assertThat(records).hasSizeGreaterThan(5)
                .anySatisfy(r -> assertThat(r.recordType()).isEqualTo("response"));
        assertThat(report.records()).isEqualTo(records.size());
        assertThat(report.files()).isPositive();
        assertThat(report.problems()).isEmpty();
    }

    @Test
    void aChangedByteInACompressedRecordIsDamage() throws IOException {
        IndexedRecord victim = response();
        try (RandomAccessFile file = new RandomAccessFile(warc(victim).toFile(), "rw")) {
            long at = victim.location().offset() + victim.location().length() / 2;
            file.seek(at);
            int original = file.read();
            file.seek(at);
            file.write(original ^ 0xFF);
        }

        assertThat(verifier().verify(records()).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.record().pageId()).isEqualTo(victim.pageId());
            assertThat(problem.kind()).isEqualTo(RecordProblem.Kind.DAMAGED);
        });
    }

    @Test
    void aTruncatedFileAndAMissingFileAreNamed() throws IOException {
        IndexedRecord last = records().get(records().size() - 1);
        try (RandomAccessFile file = new RandomAccessFile(warc(last).toFile(), "rw")) {
            file.setLength(last.location().offset() + 10);
        }
        assertThat(verifier().verify(records()).problems()).extracting(RecordProblem::kind)
                .contains(RecordProblem.Kind.TRUNCATED);

        Files.delete(warc(last));
        VerifyReport report = verifier().verify(records());
        assertThat(report.problems()).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem.kind()).isEqualTo(RecordProblem.Kind.MISSING_FILE));
        assertThat(report.problems().get(0).describe()).contains(last.location().file()).contains("saknad fil");
    }

    @Test
    void aRecordWhoseContentNoLongerMatchesItsDigestIsFound() throws IOException {
        IndexedRecord victim = response();
        byte[] record = inflate(victim);
        String text = new String(record, java.nio.charset.StandardCharsets.ISO_8859_1);
        int body = text.indexOf("\r\n\r\n", text.indexOf("\r\n\r\n") + 4) + 4;
        record[body] = (byte) (record[body] == 'X' ? 'Y' : 'X'); // same length, other content
        Path forged = dir.resolve("warc").resolve("forged.warc.gz");
        byte[] member = gzip(record);
        Files.write(forged, member);
        harness.jdbi.useHandle(h -> h.createUpdate("UPDATE crawl_page SET warc_file = 'forged.warc.gz',"
                        + " warc_offset = 0, warc_length = :length WHERE page_id = :id")
                .bind("length", member.length).bind("id", victim.pageId()).execute());

        assertThat(verifier().verify(records()).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RecordProblem.Kind.DIGEST_MISMATCH);
            assertThat(problem.detail()).contains("kontrollsumma");
        });
    }

    @Test
    void anIndexRowPointingAtAnotherRecordIsFound() {
        List<IndexedRecord> responses = records().stream().filter(r -> r.recordType().equals("response")).toList();
        IndexedRecord first = responses.get(0);
        IndexedRecord other = responses.get(1);
        harness.jdbi.useHandle(h -> h.createUpdate("UPDATE crawl_page SET warc_file = :file, warc_offset = :offset,"
                        + " warc_length = :length WHERE page_id = :id")
                .bind("file", other.location().file()).bind("offset", other.location().offset())
                .bind("length", other.location().length()).bind("id", first.pageId()).execute());

        assertThat(verifier().verify(records()).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RecordProblem.Kind.WRONG_RECORD);
            assertThat(problem.detail()).contains(other.url());
        });
    }

    private ArchiveVerifier verifier() {
        return new ArchiveVerifier(dir.resolve("warc"));
    }

    private List<IndexedRecord> records() {
        return harness.index.indexedRecords(Optional.of(roundId));
    }

    private IndexedRecord response() {
        return records().stream().filter(r -> r.recordType().equals("response")).findFirst().orElseThrow();
    }

    private Path warc(IndexedRecord record) {
        return dir.resolve("warc").resolve(record.location().file());
    }

    private byte[] inflate(IndexedRecord record) throws IOException {
        byte[] all = Files.readAllBytes(warc(record));
        byte[] member = java.util.Arrays.copyOfRange(all, (int) record.location().offset(),
                (int) (record.location().offset() + record.location().length()));
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(member))) {
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }
}
