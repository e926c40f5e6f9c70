package se.webbgranskning.crawl.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.Warcinfo;
import se.webbgranskning.crawl.index.IndexedPage;

/** The WARC files are standard: an independent validator accepts them and the index points at the right records. */
@Tag("database")
class WarcCrawlTest {

    private final SharedFixtureCrawl crawl = SharedFixtureCrawl.get();

    private List<Path> warcFiles() throws IOException {
        return JwarcValidator.warcFiles(crawl.harness.dataDir.resolve("warc"));
    }

    @Test
    void jwarcsOwnValidatorAcceptsEveryFile() throws Exception {
        List<Path> files = warcFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(crawl.web.sites().size());
        JwarcValidator.Outcome outcome = JwarcValidator.validate(files);
        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
    }

    @Test
    void everyFileStartsWithWarcinfoSayingHowHttpIsStored() throws IOException {
        for (Path file : warcFiles()) {
            try (WarcReader reader = new WarcReader(file)) {
                WarcRecord first = reader.next().orElseThrow();
                assertThat(first).isInstanceOf(Warcinfo.class);
                assertThat(((Warcinfo) first).fields().first("http-capture")).get().asString()
                        .contains("as received");
                assertThat(first.version().toString()).isEqualTo("WARC/1.1");
            }
        }
    }

    @Test
    void theIndexPointsAtTheResponseRecordOfEachPage() throws Exception {
        List<IndexedPage> stored = crawl.pages("ekbacka").stream().filter(p -> p.warcFile() != null).toList();
        assertThat(stored).hasSizeGreaterThan(10);
        for (IndexedPage page : stored) {
            Path file = crawl.harness.dataDir.resolve("warc").resolve(page.warcFile());
            try (FileChannel channel = FileChannel.open(file)) {
                channel.position(page.warcOffset());
                WarcRecord record = new WarcReader(channel).next().orElseThrow();
                assertThat(record).isInstanceOf(WarcResponse.class);
                WarcResponse response = (WarcResponse) record;
                assertThat(response.target()).isEqualTo(page.url());
                byte[] payload = response.http().body().stream().readAllBytes();
                assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload)))
                        .isEqualTo(page.payloadSha256());
                assertThat(response.payloadDigest()).isPresent();
            }
        }
    }
}
