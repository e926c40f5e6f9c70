package se.webbgranskning.crawl.wacz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.webbgranskning.crawl.index.ArchivedCapture;
import se.webbgranskning.crawl.warc.WarcLocation;

/**
 * Damaged evidence stops a bundle with a message that names the WARC file, and never leaves a bundle (or a
 * part of one) behind. Each test works on its own copy of the fixture crawl's WARC files.
 */
class WaczFaultTest {

    @TempDir
    Path warcRoot;

    @TempDir
    Path out;

    private WaczFixtureCrawl crawl;
    private Path target;

    @BeforeEach
    void copyWarcFiles() throws IOException {
        crawl = WaczFixtureCrawl.get();
        try (Stream<Path> files = Files.walk(crawl.warcRoot)) {
            files.forEach(source -> copy(source, warcRoot.resolve(crawl.warcRoot.relativize(source).toString())));
        }
        target = out.resolve("bevis.wacz");
    }

    @Test
    void aMissingWarcFileIsNamed() throws IOException {
        List<ArchivedCapture> captures = crawl.captures(crawl.secondRound, WaczFixtureCrawl.EKBACKA);
        // The first round's file holds the payloads the second round's revisits refer to
        String missing = captures.get(0).payloadRecord().file();
        assertThat(missing).startsWith(crawl.firstRound + "/");
        Files.delete(warcRoot.resolve(missing));

        assertThatThrownBy(() -> write(captures))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("WARC file not found")
                .hasMessageContaining(missing);
        assertNothingWritten();
    }

    @Test
    void aTruncatedWarcFileIsNamedWithTheRecordItCutsOff() throws IOException {
        List<ArchivedCapture> captures = crawl.captures(crawl.firstRound, WaczFixtureCrawl.KROKVIK);
        ArchivedCapture last = captures.stream().filter(c -> c.recordType().equals(ArchivedCapture.RESPONSE))
                .max(Comparator.comparingLong(c -> c.record().offset())).orElseThrow();
        WarcLocation at = last.record();
        truncate(at.file(), at.offset() + at.length() / 2);

        assertThatThrownBy(() -> write(captures))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(at.file())
                .hasMessageContaining("offset " + at.offset())
                .hasMessageContaining(last.url())
                .hasMessageContaining("cut off");
        assertNothingWritten();
    }

    @Test
    void aFailedBundleLeavesAnEarlierBundleAsItWas() throws IOException {
        byte[] earlier = "an earlier bundle".getBytes(StandardCharsets.UTF_8);
        Files.write(target, earlier);
        List<ArchivedCapture> captures = crawl.captures(crawl.firstRound, WaczFixtureCrawl.KROKVIK);
        WarcLocation at = captures.get(captures.size() - 1).record();
        truncate(at.file(), at.offset() + 10);

        assertThatThrownBy(() -> write(captures)).isInstanceOf(IOException.class).hasMessageContaining(at.file());
        assertThat(Files.readAllBytes(target)).isEqualTo(earlier);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aDamagedRecordIsRefused() throws IOException {
        List<ArchivedCapture> captures = crawl.captures(crawl.firstRound, WaczFixtureCrawl.KROKVIK);
        ArchivedCapture start = captures.stream()
                .filter(c -> c.url().equals(crawl.site(WaczFixtureCrawl.KROKVIK).startUrl().toString()))
                .findFirst().orElseThrow();
        WarcLocation at = start.record();
        flipByte(at.file(), at.offset() + at.length() / 2);

        assertThatThrownBy(() -> write(captures))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(at.file())
                .hasMessageContaining("offset " + at.offset())
                .hasMessageContaining("gzip member");
        assertNothingWritten();
    }

    @Test
    void aLocationThatDoesNotHoldTheIndexedRecordIsRefused() {
        List<ArchivedCapture> captures = crawl.captures(crawl.firstRound, WaczFixtureCrawl.KROKVIK);
        ArchivedCapture first = captures.get(0);
        ArchivedCapture second = captures.get(1);
        ArchivedCapture swapped = new ArchivedCapture(first.url(), first.recordType(), second.record(),
                second.record());

        assertThatThrownBy(() -> write(List.of(swapped)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(second.record().file())
                .hasMessageContaining("WARC-Target-URI is " + second.url());
        assertNothingWritten();
    }

    @Test
    void aLengthThatIsNotTheRecordsIsRefused() {
        ArchivedCapture first = crawl.captures(crawl.firstRound, WaczFixtureCrawl.KROKVIK).get(0);
        WarcLocation at = first.record();
        WarcLocation longer = new WarcLocation(at.file(), at.offset(), at.length() + 1);

        assertThatThrownBy(() -> write(List.of(new ArchivedCapture(first.url(), first.recordType(), longer, longer))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(at.file())
                .hasMessageContaining("page index gives it " + (at.length() + 1) + " bytes");
        assertNothingWritten();
    }

    @Test
    void aListedPageWithoutACaptureIsRefusedBeforeAnythingIsWritten() {
        List<ArchivedCapture> captures = crawl.captures(crawl.firstRound, WaczFixtureCrawl.KROKVIK);
        ArchivedCapture failed = captures.stream().filter(c -> c.recordType().equals(ArchivedCapture.METADATA))
                .findFirst().orElseThrow();

        assertThatThrownBy(() -> new WaczWriter(warcRoot, Clock.systemUTC()).write(new WaczContents("Krokvik", "",
                captures, List.of(new ListedPage(failed.url(), "Väntetider"))), target))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(failed.url());
        assertNothingWritten();
    }

    @Test
    void aFileNameOutsideTheWarcRootIsRefused() {
        WarcLocation outside = new WarcLocation("../elsewhere/9907-001.warc.gz", 0, 100);

        assertThatThrownBy(() -> write(List.of(new ArchivedCapture("http://www.krokvik.test/",
                ArchivedCapture.RESPONSE, outside, outside))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("..");
        assertNothingWritten();
    }

    private void write(List<ArchivedCapture> captures) throws IOException {
        new WaczWriter(warcRoot, Clock.systemUTC()).write(new WaczContents("Bevis", "", captures, List.of()), target);
    }

    private void assertNothingWritten() {
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).as("files left in the target's folder").isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void truncate(String file, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(warcRoot.resolve(file), StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
    }

    private void flipByte(String file, long position) throws IOException {
        Path path = warcRoot.resolve(file);
        byte[] bytes = Files.readAllBytes(path);
        bytes[(int) position] ^= 0x5a;
        Files.write(path, bytes);
    }

    private static void copy(Path source, Path destination) {
        try {
            if (Files.isDirectory(source)) {
                Files.createDirectories(destination);
            } else {
                Files.copy(source, destination);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
