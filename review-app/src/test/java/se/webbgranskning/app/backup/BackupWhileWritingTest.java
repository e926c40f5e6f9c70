package se.webbgranskning.app.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcWriter;

import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.cli.CliRunner;
import se.webbgranskning.app.db.Database;
import se.webbgranskning.app.db.DatabaseSettings;
import se.webbgranskning.app.review.Review;
import se.webbgranskning.app.db.Storage;
import se.webbgranskning.app.serve.AppServices;
import se.webbgranskning.app.serve.DemoSetup;
import se.webbgranskning.app.web.DemoWorld;
import se.webbgranskning.app.web.RoundWork;
import se.webbgranskning.app.web.TestApp;
import se.webbgranskning.checklist.Item;
import se.webbgranskning.crawl.fixture.FixtureOptions;
import se.webbgranskning.crawl.fixture.FixtureWeb;
import se.webbgranskning.crawl.run.CrawlProgress;
import se.webbgranskning.municipality.MunicipalityRegistry;

/**
 * Backs up a crawled installation with reviews while a reviewer keeps saving scores and a WARC file keeps growing,
 * restores it into a new directory, and compares every table and every WARC file with the state the backup claims
 * to capture: the database as of its snapshot, and each WARC file's bytes up to the last whole record that was
 * there when the snapshot began.
 */
class BackupWhileWritingTest {

    /** The tables a score save writes, in one transaction. */
    private static final List<String> SAVE_TABLES = List.of("review", "review_item", "audit_log");

    @TempDir
    static Path directory;

    private static AppServices services;
    private static RoundWork work;

    @BeforeAll
    static void crawlAndReview() throws Exception {
        services = AppServices.open(Storage.embedded(directory.resolve("data")), MunicipalityRegistry.bundled(),
                Clock.systemDefaultZone());
        try (FixtureWeb web = FixtureWeb.start(new FixtureOptions(0, Duration.ofMillis(200)))) {
            DemoSetup.Result demo = DemoSetup.prepare(services, web,
                    List.of(web.site("ekbacka"), web.site("norrvik")), CrawlProgress.silent());
            work = new RoundWork(services, demo.crawl().roundId(), "backup");
        }
        work.cite(DemoWorld.EKBACKA, Review.FIRST, work.reviews().open(work.anna,
                work.reviewId(DemoWorld.EKBACKA, Review.FIRST)).checklist().items().get(0).id());
        work.scoreAndSubmit(DemoWorld.EKBACKA, "1");
    }

    @AfterAll
    static void stopCrawlsAndCloseDatabases() throws Exception {
        services.crawlJobs().close();
        OpenDatabases.shutDown(services.dataDirectory(), directory.resolve("restored"));
    }

    @Test
    void aBackupTakenDuringWritesRestoresExactlyTheStateOfItsSnapshot() throws Exception {
        Path data = services.dataDirectory();
        Path growing = largestWarcFile(data);
        long wholeRecordsEnd = appendRecord(growing, "före säkerhetskopian");
        appendTornRecord(growing);
        Path lateFile = growing.resolveSibling("sent-skapad-001.warc.gz");

        ScoreWriter writer = new ScoreWriter();
        writer.start();
        writer.awaitSaves(3);
        Path backup = directory.resolve("backup");
        Manifest manifest = new Backup(Clock.systemUTC(), () -> {
            // while the snapshot is open: more saves commit, the WARC file grows, a new one appears
            writer.awaitSaves(writer.saves() + 5);
            try {
                appendRecord(growing, "efter ögonblicksbilden");
                Files.copy(growing, lateFile);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).write(Storage.embedded(data), backup);
        writer.awaitSaves(writer.saves() + 2);
        writer.stop();

        Path restored = directory.resolve("restored");
        CliRunner.Outcome restore = CliRunner.run("restore", "--from", backup.toString(), "--data",
                restored.toString());
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("är återställd till " + restored);

        // the database: the tables a save writes equal the state after exactly one of the saves, the rest equal now
        Map<String, List<List<Object>>> restoredRows = TableRows.read(Database.open(DatabaseSettings.embedded(restored)));
        Map<String, List<List<Object>>> sourceRows = TableRows.read(services.jdbi());
        assertThat(restoredRows.keySet()).containsExactlyElementsOf(sourceRows.keySet());
        int captured = writer.stateMatching(restoredRows);
        assertThat(captured).as("saves in the snapshot").isGreaterThanOrEqualTo(3);
        assertThat(writer.captures().size() - 1).as("saves in all").isGreaterThanOrEqualTo(captured + 5);
        for (String table : sourceRows.keySet()) {
            List<List<Object>> expected = SAVE_TABLES.contains(table)
                    ? writer.captures().get(captured).get(table) : sourceRows.get(table);
            assertThat(restoredRows.get(table)).as(table).isEqualTo(expected);
            assertThat(manifest.tables()).contains(new Manifest.Table(table, "database/" + table + ".jsonl.gz",
                    expected.size()));
        }
        assertThat(sourceRows.get("crawl_page")).hasSizeGreaterThan(10);
        assertThat(sourceRows.get("evidence")).isNotEmpty();

        // the WARC files: each the source's bytes up to its last whole record when the snapshot began
        Map<String, Manifest.BackupFile> copied = manifest.warcFiles().stream()
                .collect(Collectors.toMap(Manifest.BackupFile::path, Function.identity()));
        List<Path> sourceWarcs = warcFiles(data);
        assertThat(copied.keySet()).containsExactlyInAnyOrderElementsOf(sourceWarcs.stream()
                .filter(p -> !p.equals(lateFile)).map(p -> "warc/" + relative(data.resolve("warc"), p)).toList());
        for (Path file : sourceWarcs) {
            Manifest.BackupFile entry = copied.get("warc/" + relative(data.resolve("warc"), file));
            if (file.equals(lateFile)) {
                continue;
            }
            long expectedBytes = file.equals(growing) ? wholeRecordsEnd : Files.size(file);
            assertThat(entry.bytes()).as(entry.path()).isEqualTo(expectedBytes);
            assertThat(sha256(file, entry.bytes())).as(entry.path()).isEqualTo(entry.sha256());
            Path restoredFile = restored.resolve(entry.path());
            assertThat(sha256(restoredFile, Long.MAX_VALUE)).as(entry.path()).isEqualTo(entry.sha256());
        }
        assertThat(Files.size(growing)).isGreaterThan(wholeRecordsEnd);

        CliRunner.Outcome verify = CliRunner.run("verify", "--data", restored.toString());
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).contains("Inga fel");

        // the app starts on the restored directory, its people log in, and new rows get new ids
        try (TestApp app = TestApp.start(restored)) {
            assertThat(app.loggedIn(work.anna.username()).get("/mina-kommuner").statusCode()).isEqualTo(200);
            long largestUserId = restoredRows.get("app_user").stream().mapToLong(r -> (Long) r.get(0)).max()
                    .orElseThrow();
            assertThat(app.account("ny-efter-aterstallning", Role.REVIEWER).user().id()).isGreaterThan(largestUserId);
        }
    }

    /** Saves scores on Bo's review of Norrvik until stopped; after each save, the tables a save writes. */
    private static final class ScoreWriter {

        private final List<Map<String, List<List<Object>>>> captures = new CopyOnWriteArrayList<>();
        private final AtomicBoolean stopping = new AtomicBoolean();
        private final Thread thread = new Thread(this::saveUntilStopped, "score-writer");
        private volatile Throwable failure;

        void start() {
            captures.add(TableRows.read(services.jdbi(), SAVE_TABLES));
            thread.start();
        }

        private void saveUntilStopped() {
            try {
                long reviewId = work.reviewId(DemoWorld.NORRVIK, Review.FIRST);
                List<Item> items = work.reviews().open(work.bo, reviewId).checklist().items();
                for (int i = 0; !stopping.get(); i++) {
                    Item item = items.get(i % items.size());
                    int version = work.reviews().open(work.bo, reviewId).answer(item.id()).version();
                    work.reviews().save(work.bo, reviewId, item.id(), "0", "kommentar " + i, version);
                    captures.add(TableRows.read(services.jdbi(), SAVE_TABLES));
                }
            } catch (Throwable e) {
                failure = e;
            }
        }

        int saves() {
            return captures.size() - 1;
        }

        void awaitSaves(int count) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (saves() < count) {
                if (failure != null) {
                    throw new IllegalStateException("the score writer failed", failure);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the score writer made only " + saves() + " saves");
                }
                Thread.onSpinWait();
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }

        void stop() throws InterruptedException {
            stopping.set(true);
            thread.join();
            assertThat(failure).isNull();
        }

        List<Map<String, List<List<Object>>>> captures() {
            return captures;
        }

        /** The number of saves whose state the restored tables hold: its audit log has as many rows. */
        int stateMatching(Map<String, List<List<Object>>> restoredRows) {
            int auditRows = restoredRows.get("audit_log").size();
            for (int i = 0; i < captures.size(); i++) {
                if (captures.get(i).get("audit_log").size() == auditRows) {
                    return i;
                }
            }
            throw new AssertionError("no save left " + auditRows + " audit rows");
        }
    }

    private static Path largestWarcFile(Path data) throws IOException {
        return warcFiles(data).stream().max(Comparator.comparingLong(BackupWhileWritingTest::size)).orElseThrow();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> warcFiles(Path data) throws IOException {
        try (Stream<Path> tree = Files.walk(data.resolve("warc"))) {
            return tree.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** Appends one whole record, as a crawl does; returns where the file now ends. */
    private static long appendRecord(Path file, String text) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            new WarcWriter(channel, WarcCompression.GZIP).write(record(text));
            return channel.size();
        }
    }

    /** Appends the first half of a record: one being written when the backup measures the file. */
    private static void appendTornRecord(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new WarcWriter(Channels.newChannel(bytes), WarcCompression.GZIP).write(record("halvskriven"));
        byte[] whole = bytes.toByteArray();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            channel.write(ByteBuffer.wrap(whole, 0, whole.length / 2));
        }
    }

    private static WarcResource record(String text) {
        return new WarcResource.Builder(URI.create("urn:test:" + text.replace(' ', '-')))
                .body(MediaType.PLAIN_TEXT, text.repeat(200).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .build();
    }

    private static String sha256(Path file, long bytes) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[8192];
            long left = bytes;
            int read;
            while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                digest.update(buffer, 0, read);
                left -= read;
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
