package se.webbgranskning.crawl.wacz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.webbgranskning.crawl.index.PageIndex;

/**
 * A bundle of a real snapshot (Ekbacka's second round: revisits of the first) has the WACZ layout, a STORED
 * archive, a manifest whose hashes and sizes are those of the files, and the listed pages with their capture times.
 */
@Tag("database")
class WaczLayoutTest {

    private static final Instant CREATED = Instant.parse("2026-11-25T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(CREATED, ZoneOffset.UTC);

    @TempDir
    static Path dir;

    private static WaczFixtureCrawl crawl;
    private static List<ListedPage> listed;
    private static WaczContents contents;
    private static Path file;
    private static WaczSummary summary;
    private static OpenedWacz wacz;

    @BeforeAll
    static void writeBundle() throws IOException {
        crawl = WaczFixtureCrawl.get();
        String start = crawl.site(WaczFixtureCrawl.EKBACKA).startUrl().toString();
        listed = List.of(
                new ListedPage(url("/omsorg-och-stod/aldreomsorg/hemtjanst/"),
                        "Hemtjänst – \"så\" söker du\nhjälp"),
                new ListedPage(url("/dokument/avgifter-aldreomsorg-2026.pdf"), ""),
                new ListedPage(start, "Ekbacka kommun"));
        contents = new WaczContents("Ekbacka kommun, omgång " + crawl.secondRound, "Sidor som granskaren såg.",
                crawl.captures(crawl.secondRound, WaczFixtureCrawl.EKBACKA), listed);
        file = dir.resolve("9901.wacz");
        summary = new WaczWriter(crawl.warcRoot, CLOCK).write(contents, file);
        wacz = OpenedWacz.open(file);
    }

    private static String url(String path) {
        return crawl.site(WaczFixtureCrawl.EKBACKA).startUrl().resolve(path).toString();
    }

    @Test
    void entriesAreTheWaczLayout() {
        assertThat(wacz.names()).containsExactly("archive/data.warc.gz", "indexes/index.cdxj", "pages/pages.jsonl",
                "datapackage.json", "datapackage-digest.json");
    }

    @Test
    void archiveIsStoredSoThatReplayToolsCanReadRecordsByOffset() throws IOException {
        ZipEntry archive = wacz.entry("archive/data.warc.gz");
        assertThat(archive.getMethod()).isEqualTo(ZipEntry.STORED);
        assertThat(archive.getCompressedSize()).isEqualTo(archive.getSize()).isEqualTo(wacz.warc().length);
        // Stored means its bytes lie in the zip file as they are, in one piece
        assertThat(indexOf(Files.readAllBytes(file), wacz.warc())).isNotNegative();
        for (String text : List.of("indexes/index.cdxj", "pages/pages.jsonl", "datapackage.json")) {
            assertThat(wacz.entry(text).getMethod()).as(text).isEqualTo(ZipEntry.DEFLATED);
        }
    }

    @Test
    void manifestListsEveryOtherFileWithItsHashAndSize() throws IOException {
        JsonNode manifest = wacz.json("datapackage.json");
        assertThat(manifest.path("profile").asText()).isEqualTo("data-package");
        assertThat(manifest.path("wacz_version").asText()).isEqualTo("1.1.1");
        assertThat(manifest.path("software").asText()).isEqualTo("Webbgranskning");
        assertThat(manifest.path("title").asText()).isEqualTo(contents.title());
        assertThat(manifest.path("description").asText()).isEqualTo(contents.description());
        assertThat(manifest.path("created").asText()).isEqualTo("2026-11-25T10:00:00Z");
        List<String> paths = new ArrayList<>();
        for (JsonNode resource : manifest.path("resources")) {
            String path = resource.path("path").asText();
            paths.add(path);
            byte[] bytes = wacz.bytes(path);
            assertThat(resource.path("name").asText()).isEqualTo(path.substring(path.lastIndexOf('/') + 1));
            assertThat(resource.path("bytes").asLong()).as(path).isEqualTo(bytes.length);
            assertThat(resource.path("hash").asText()).as(path).isEqualTo("sha256:" + PageIndex.sha256Hex(bytes));
        }
        assertThat(paths).containsExactlyInAnyOrder("archive/data.warc.gz", "indexes/index.cdxj",
                "pages/pages.jsonl");
    }

    @Test
    void digestFileFixesTheManifest() throws IOException {
        JsonNode digest = wacz.json("datapackage-digest.json");
        assertThat(digest.path("path").asText()).isEqualTo("datapackage.json");
        assertThat(digest.path("hash").asText())
                .isEqualTo("sha256:" + PageIndex.sha256Hex(wacz.bytes("datapackage.json")));
    }

    @Test
    void summaryDescribesTheFileAndEveryEntry() throws IOException {
        assertThat(summary.file()).isEqualTo(file.toAbsolutePath());
        assertThat(summary.bytes()).isEqualTo(Files.size(file));
        assertThat(summary.sha256()).isEqualTo(PageIndex.sha256Hex(Files.readAllBytes(file)));
        assertThat(summary.files()).extracting(BundledFile::path).containsExactlyElementsOf(wacz.names());
        for (BundledFile bundled : summary.files()) {
            byte[] bytes = wacz.bytes(bundled.path());
            assertThat(bundled.bytes()).as(bundled.path()).isEqualTo(bytes.length);
            assertThat(bundled.sha256()).as(bundled.path()).isEqualTo(PageIndex.sha256Hex(bytes));
        }
        assertThat(summary.records()).isEqualTo(JwatRecords.all(wacz.warc()).size());
        assertThat(summary.indexedRecords()).isEqualTo(wacz.lines("indexes/index.cdxj").size());
        assertThat(summary.pages()).isEqualTo(listed.size());
    }

    @Test
    void pagesListTheGivenPagesWithTheCaptureTimeOfTheirRecords() throws IOException {
        List<String> lines = wacz.lines("pages/pages.jsonl");
        assertThat(lines).hasSize(listed.size() + 1);
        JsonNode header = OpenedWacz.parse(lines.get(0));
        assertThat(header.path("format").asText()).isEqualTo("json-pages-1.0");
        assertThat(header.path("id").asText()).isEqualTo("pages");
        assertThat(header.path("title").asText()).isEqualTo(contents.title());
        List<JwatRecords.Read> records = JwatRecords.all(wacz.warc());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < listed.size(); i++) {
            JsonNode page = OpenedWacz.parse(lines.get(i + 1));
            ListedPage expected = listed.get(i);
            assertThat(page.path("url").asText()).isEqualTo(expected.url());
            if (expected.title().isEmpty()) {
                assertThat(page.has("title")).isFalse();
            } else {
                assertThat(page.path("title").asText()).isEqualTo(expected.title());
            }
            // The snapshot's capture is the revisit of the second round, not the response it refers to
            JwatRecords.Read revisit = records.stream()
                    .filter(r -> r.type().equals("revisit") && r.uri().equals(expected.url()))
                    .findFirst().orElseThrow();
            Instant ts = OffsetDateTime.parse(page.path("ts").asText()).toInstant();
            assertThat(ts).isEqualTo(Instant.parse(revisit.date()).truncatedTo(ChronoUnit.MILLIS));
            assertThat(ids.add(page.path("id").asText())).as("ids are unique").isTrue();
        }
        JsonNode manifest = wacz.json("datapackage.json");
        JsonNode first = OpenedWacz.parse(lines.get(1));
        assertThat(manifest.path("mainPageUrl").asText()).isEqualTo(listed.get(0).url());
        assertThat(manifest.path("mainPageDate").asText()).isEqualTo(first.path("ts").asText());
    }

    @Test
    void theSameSnapshotGivesTheSameBytes() throws IOException {
        Path again = dir.resolve("again.wacz");
        new WaczWriter(crawl.warcRoot, CLOCK).write(contents, again);

        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void aBundleWithoutListedPagesHasOnlyThePagesHeaderAndNoMainPage() throws IOException {
        Path bare = dir.resolve("bare.wacz");
        new WaczWriter(crawl.warcRoot, CLOCK).write(new WaczContents("Ekbacka", "", contents.captures(), List.of()),
                bare);

        OpenedWacz opened = OpenedWacz.open(bare);
        assertThat(opened.lines("pages/pages.jsonl")).hasSize(1);
        assertThat(opened.json("datapackage.json").has("mainPageUrl")).isFalse();
        assertThat(opened.json("datapackage.json").has("description")).isFalse();
        assertThat(opened.warc()).isEqualTo(wacz.warc());
        assertThat(new String(opened.bytes("pages/pages.jsonl"), StandardCharsets.UTF_8)).endsWith("\n");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (haystack[i] == needle[0]
                    && Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
