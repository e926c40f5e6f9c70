package se.webbgranskning.crawl.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.webbgranskning.crawl.fixture.FixtureOptions;
import se.webbgranskning.crawl.fixture.FixtureWeb;
import se.webbgranskning.crawl.index.IndexedPage;
import se.webbgranskning.crawl.scope.ScopeRules;

/** The page index can be rebuilt from the WARC files alone, and a half-written last record is left out. */
@Tag("database")
class ReindexTest {

    @Test
    void rebuildingGivesTheSameIndexAndSkipsATruncatedTail(@TempDir Path dir) throws Exception {
        try (FixtureWeb web = FixtureWeb.start(new FixtureOptions(0, Duration.ofMillis(1500)))) {
            CrawlHarness harness = new CrawlHarness(dir);
            RoundResult round = harness.crawl(web, CrawlHarness.testSettings(),
                    List.of(web.site("krokvik"), web.site("lillfors"), web.site("stormby")));
            String id = round.roundId();
            List<String> before = snapshot(harness, id);

            WarcReindex reindex = new WarcReindex(dir.resolve("warc"), harness.index, ScopeRules.bundled());
            WarcReindex.Result clean = reindex.rebuild(id);
            assertThat(clean.problems()).isEmpty();
            assertThat(snapshot(harness, id)).containsExactlyElementsOf(before);

            Path file = JwarcValidator.warcFiles(dir.resolve("warc")).get(0);
            byte[] whole = Files.readAllBytes(file);
            Files.write(file, Arrays.copyOfRange(whole, 0, 300), StandardOpenOption.APPEND);
            WarcReindex.Result truncated = reindex.rebuild(id);
            assertThat(truncated.problems()).singleElement().asString()
                    .contains(file.getFileName().toString()).contains("byte " + whole.length);
            assertThat(snapshot(harness, id)).containsExactlyElementsOf(before);
        }
    }

    private static List<String> snapshot(CrawlHarness harness, String roundId) {
        return harness.index.sites(roundId).stream()
                .flatMap(site -> harness.index.pages(roundId, site.kommunkod()).stream())
                .sorted(Comparator.comparing(IndexedPage::url))
                .map(p -> String.join(" | ", p.url(), String.valueOf(p.status()), String.valueOf(p.contentType()),
                        String.valueOf(p.charset()), String.valueOf(p.depth()), String.valueOf(p.clickDepth()),
                        String.valueOf(p.title()), String.valueOf(p.mainText()), String.valueOf(p.failureKind()),
                        String.valueOf(p.payloadSha256()), String.valueOf(p.warcFile()),
                        String.valueOf(p.warcOffset()), String.valueOf(p.warcLength()),
                        String.valueOf(p.finalUrl()), String.valueOf(p.redirectChain()),
                        String.valueOf(p.parentUrl()), String.valueOf(p.lastUpdated()), String.valueOf(p.noindex()),
                        String.valueOf(p.purpose()), String.valueOf(p.warcRecordType())))
                .toList();
    }
}
