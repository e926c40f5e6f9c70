package se.webbgranskning.crawl.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import se.webbgranskning.crawl.fixture.FixtureOptions;
import se.webbgranskning.crawl.fixture.FixtureWeb;
import se.webbgranskning.crawl.index.IndexedPage;

/** A second round over an unchanged site stores revisit records instead of the documents again. */
@Tag("database")
class RevisitCrawlTest {

    @Test
    void unchangedDocumentsBecomeRevisitsPointingAtTheFirstCapture(@TempDir Path dir) throws Exception {
        try (FixtureWeb web = FixtureWeb.start(new FixtureOptions(0, Duration.ofSeconds(2)))) {
            CrawlHarness harness = new CrawlHarness(dir);
            List<se.webbgranskning.crawl.fixture.FixtureSite> sites = List.of(web.site("ekbacka"));
            RoundResult first = harness.crawl(web, CrawlHarness.testSettings(), sites);
            RoundResult second = harness.crawl(web, CrawlHarness.testSettings(), sites);

            assertThat(second.roundId()).isNotEqualTo(first.roundId());
            List<IndexedPage> again = harness.index.pages(second.roundId(), "9901").stream()
                    .filter(p -> p.status() != null && p.status() == 200 && p.payloadBytes() > 0).toList();
            assertThat(again).hasSizeGreaterThan(10).allSatisfy(p -> {
                assertThat(p.warcRecordType()).isEqualTo("revisit");
                assertThat(p.payloadSha256()).isNotNull();
            });
            IndexedPage start = again.stream().filter(p -> p.url().equals(web.site("ekbacka").startUrl().toString()))
                    .findFirst().orElseThrow();
            IndexedPage original = harness.index.pages(first.roundId(), "9901").stream()
                    .filter(p -> p.url().equals(start.url())).findFirst().orElseThrow();
            assertThat(original.warcRecordType()).isEqualTo("response");
            assertThat(start.payloadSha256()).isEqualTo(original.payloadSha256());
            long firstBytes = first.sites().get(0).bytesWritten();
            long secondBytes = second.sites().get(0).bytesWritten();
            assertThat(secondBytes).isLessThan(firstBytes / 2);
            JwarcValidator.Outcome valid = JwarcValidator.validate(JwarcValidator.warcFiles(dir.resolve("warc")));
            assertThat(valid.exitCode()).as(valid.output()).isZero();

            RoundResult third = harness.crawl(web, CrawlHarness.testSettings(), sites);
            IndexedPage startAgain = harness.index.pages(third.roundId(), "9901").stream()
                    .filter(p -> p.url().equals(start.url())).findFirst().orElseThrow();
            assertThat(startAgain.warcRecordType()).isEqualTo("revisit");
            WarcRecord thirdRevisit = record(dir, startAgain);
            WarcRecord firstResponse = record(dir, original);
            assertThat(thirdRevisit.headers().first("WARC-Refers-To"))
                    .as("a revisit refers to the response holding the payload, not to the second round's revisit")
                    .contains("<" + firstResponse.id() + ">");
            assertThat(thirdRevisit.headers().first("WARC-Refers-To-Date"))
                    .contains(firstResponse.headers().first("WARC-Date").orElseThrow());
        }
    }

    private static WarcRecord record(Path dir, IndexedPage page) throws IOException {
        try (FileChannel channel = FileChannel.open(dir.resolve("warc").resolve(page.warcFile()))) {
            channel.position(page.warcOffset());
            try (WarcReader reader = new WarcReader(channel)) {
                return reader.next().orElseThrow();
            }
        }
    }
}
