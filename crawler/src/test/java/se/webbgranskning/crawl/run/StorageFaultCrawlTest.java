package se.webbgranskning.crawl.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

import se.webbgranskning.crawl.fixture.FixtureOptions;
import se.webbgranskning.crawl.fixture.FixtureSite;
import se.webbgranskning.crawl.fixture.FixtureWeb;
import se.webbgranskning.crawl.index.SiteRow;
import se.webbgranskning.crawl.scope.ScopeRules;
import se.webbgranskning.crawl.verify.ArchiveVerifier;
import se.webbgranskning.crawl.wacz.JwatRecords;
import se.webbgranskning.crawl.warc.WarcStorage;

/**
 * The disk fills up, or a WARC file cannot be created, while a round crawls: that municipality's crawl stops
 * with its failure recorded, its WARC file ends with a whole record (read by jwarc, by JWAT and by the
 * crawler's own re-indexing), the index points only at whole records, and the other municipality completes.
 */
class StorageFaultCrawlTest {

    private static final String EKBACKA = "9901";
    private static final String NORRVIK = "9902";
    private static final long ROOM_ON_DISK = 12_000;

    private static FixtureWeb web;

    @TempDir
    Path dir;

    private CrawlHarness harness;

    @BeforeAll
    static void startWeb() throws IOException {
        web = FixtureWeb.start(new FixtureOptions(0, Duration.ofSeconds(2)));
    }

    @AfterAll
    static void stopWeb() {
        web.close();
    }

    @BeforeEach
    void harness() {
        harness = new CrawlHarness(dir);
    }

    @Test
    void aFullDiskStopsThatMunicipalityWithAValidWarcFileAndTheOthersGoOn() throws Exception {
        AtomicInteger writesAfterFull = new AtomicInteger();
        WarcStorage norrvikDiskFills = file -> {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return file.getFileName().toString().startsWith(NORRVIK)
                    ? new FillingDisk(channel, ROOM_ON_DISK, writesAfterFull) : channel;
        };

        RoundResult result = crawl(norrvikDiskFills);

        assertThat(result.sites()).filteredOn(site -> site.site().code().equals(EKBACKA)).singleElement()
                .satisfies(site -> {
                    assertThat(site.error()).isEmpty();
                    assertThat(site.pages()).isPositive();
                });
        assertThat(result.sites()).filteredOn(site -> site.site().code().equals(NORRVIK)).singleElement()
                .satisfies(site -> assertThat(site.error()).hasValueSatisfying(error ->
                        assertThat(error).contains("WARC-filen", "No space left on device")));
        assertThat(siteRow(result.roundId(), NORRVIK).status()).isEqualTo("failed");
        assertThat(siteRow(result.roundId(), NORRVIK).message()).contains("No space left on device");
        assertThat(siteRow(result.roundId(), EKBACKA).status()).isEqualTo("done");
        assertThat(writesAfterFull).as("writes tried after the disk was full").hasValue(1);

        Path norrvikWarc = warcFileOf(result.roundId(), NORRVIK).orElseThrow();
        assertThat(Files.size(norrvikWarc)).isLessThanOrEqualTo(ROOM_ON_DISK).isPositive();
        assertReadableToTheEnd(norrvikWarc);
        assertIndexPointsOnlyAtWholeRecords(result.roundId());
        assertThat(indexedRecordsOf(result.roundId(), NORRVIK)).as("Norrvik's captures stored before the disk filled")
                .isPositive();
    }

    @Test
    void aWarcFileThatCannotBeCreatedStopsThatMunicipalityOnly() throws Exception {
        WarcStorage norrvikRefused = file -> {
            if (file.getFileName().toString().startsWith(NORRVIK)) {
                throw new AccessDeniedException(file.toString());
            }
            return WarcStorage.files().createNew(file);
        };

        RoundResult result = crawl(norrvikRefused);

        assertThat(siteRow(result.roundId(), NORRVIK).status()).isEqualTo("failed");
        assertThat(siteRow(result.roundId(), NORRVIK).message()).contains("kunde inte skapas");
        assertThat(siteRow(result.roundId(), EKBACKA).status()).isEqualTo("done");
        assertThat(warcFileOf(result.roundId(), NORRVIK)).isEmpty();
        assertThat(indexedRecordsOf(result.roundId(), NORRVIK)).isZero();
        assertIndexPointsOnlyAtWholeRecords(result.roundId());
        assertReadableToTheEnd(warcFileOf(result.roundId(), EKBACKA).orElseThrow());
    }

    private RoundResult crawl(WarcStorage storage) throws InterruptedException {
        List<FixtureSite> sites = List.of(web.site("ekbacka"), web.site("norrvik"));
        return new CrawlRound(dir, harness.index, CrawlHarness.testSettings(), ScopeRules.bundled(),
                web.hostResolver(), Clock.systemUTC(), storage)
                .start(sites.stream().map(FixtureSite::target).toList(), CrawlProgress.silent());
    }

    /** jwarc reads every record, JWAT finds no problem, and re-indexing finds nothing beyond the index. */
    private void assertReadableToTheEnd(Path warc) throws IOException {
        assertThat(recordCount(warc)).isGreaterThan(1);
        assertThat(JwatRecords.all(Files.readAllBytes(warc))).allSatisfy(read ->
                assertThat(read.problems()).isEmpty());
        String roundId = dir.resolve("warc").relativize(warc.getParent()).toString();
        String code = warc.getFileName().toString().substring(0, 4);
        WarcReindex.Result reconciled = new WarcReindex(dir.resolve("warc"), harness.index, ScopeRules.bundled())
                .reconcile(roundId, code);
        assertThat(reconciled.problems()).isEmpty();
        assertThat(reconciled.rows()).as("records in the file that the index lacks").isZero();
    }

    private void assertIndexPointsOnlyAtWholeRecords(String roundId) {
        var records = harness.index.indexedRecords(Optional.of(roundId));
        assertThat(records).isNotEmpty();
        assertThat(new ArchiveVerifier(dir.resolve("warc")).verify(records).problems()).isEmpty();
    }

    private static int recordCount(Path warc) throws IOException {
        int count = 0;
        try (WarcReader reader = new WarcReader(warc)) {
            for (WarcRecord ignored : reader) {
                count++;
            }
        }
        return count;
    }

    private long indexedRecordsOf(String roundId, String code) {
        return harness.jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM crawl_page WHERE round_id = :round"
                + " AND kommunkod = :code AND warc_file IS NOT NULL").bind("round", roundId).bind("code", code)
                .mapTo(Long.class).one());
    }

    private Optional<Path> warcFileOf(String roundId, String code) throws IOException {
        return JwarcValidator.warcFiles(dir.resolve("warc").resolve(roundId)).stream()
                .filter(p -> p.getFileName().toString().startsWith(code)).findFirst();
    }

    private SiteRow siteRow(String roundId, String code) {
        return harness.index.sites(roundId).stream().filter(s -> s.kommunkod().equals(code)).findFirst()
                .orElseThrow();
    }

    /** A file on a disk with room for {@code room} bytes: the write that would pass it fails, as ENOSPC does. */
    private static final class FillingDisk implements WritableByteChannel {

        private final FileChannel file;
        private final long room;
        private final AtomicInteger writesAfterFull;

        FillingDisk(FileChannel file, long room, AtomicInteger writesAfterFull) {
            this.file = file;
            this.room = room;
            this.writesAfterFull = writesAfterFull;
        }

        @Override
        public int write(ByteBuffer bytes) throws IOException {
            long free = room - file.size();
            if (bytes.remaining() > free) {
                writesAfterFull.incrementAndGet();
                // a real disk takes what fits, then refuses the rest
                ByteBuffer fits = bytes.duplicate();
                fits.limit(fits.position() + (int) Math.max(0, free));
                file.write(fits);
                throw new IOException("No space left on device");
            }
            return file.write(bytes);
        }

        @Override
        public boolean isOpen() {
            return file.isOpen();
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }
}
