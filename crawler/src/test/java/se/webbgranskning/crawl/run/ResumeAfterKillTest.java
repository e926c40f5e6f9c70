package se.webbgranskning.crawl.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.webbgranskning.crawl.fixture.FixtureOptions;
import se.webbgranskning.crawl.fixture.FixtureSite;
import se.webbgranskning.crawl.fixture.FixtureWeb;
import se.webbgranskning.crawl.index.IndexedPage;
import se.webbgranskning.crawl.scope.ScopeRules;

/**
 * A crawl killed with SIGKILL mid-round and resumed ends with the same snapshot as an uninterrupted one: every
 * document once in the index, no duplicate records, and WARC files an independent reader accepts (apart from a
 * half-written last record, which the resume reports and leaves unindexed).
 */
class ResumeAfterKillTest {

    @Test
    void resumesAKilledRoundWithoutLosingOrDuplicatingAnything(@TempDir Path dir) throws Exception {
        try (FixtureWeb web = FixtureWeb.start(new FixtureOptions(0, Duration.ofMillis(1500)))) {
            FixtureSite site = web.site("ekbacka");
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CrawlChild.class.getName(),
                    dir.resolve("killed").toString(), site.code(), site.startUrl().toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (web.requestCount("www.ekbacka.test", "/omsorg-och-stod/") == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(700);
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flushing
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isNotZero();

            CrawlHarness killed = new CrawlHarness(dir.resolve("killed"));
            String roundId = killed.index.roundIds().get(0);
            int beforeResume = killed.index.pages(roundId, site.code()).size();
            RoundResult resumed = CrawlRound.resume(dir.resolve("killed"), killed.index, ScopeRules.bundled(),
                    host -> List.of(InetAddress.getByName("127.0.0.1")), Clock.systemUTC(), roundId,
                    CrawlProgress.silent());
            assertThat(resumed.roundId()).isEqualTo(roundId);
            List<IndexedPage> after = killed.index.pages(roundId, site.code());
            assertThat(after.size()).isGreaterThan(beforeResume);

            CrawlHarness whole = new CrawlHarness(dir.resolve("whole"));
            RoundResult reference = whole.crawl(web, CrawlHarness.testSettings(), List.of(site));
            assertThat(urls(after)).isEqualTo(urls(whole.index.pages(reference.roundId(), site.code())));

            assertThat(killed.index.sites(roundId).get(0).status()).isEqualTo("done");
            List<Path> files = JwarcValidator.warcFiles(dir.resolve("killed").resolve("warc"));
            assertThat(files).hasSizeGreaterThanOrEqualTo(2); // the resumed crawl never appends to the old file
            JwarcValidator.Outcome valid = JwarcValidator.validate(files.subList(1, files.size()));
            assertThat(valid.exitCode()).as(valid.output()).isZero();
            assertThat(responseRecordsPerUrl(killed, roundId, site.code())).allSatisfy(count -> assertThat(count)
                    .isEqualTo(1));
        }
    }

    private static Set<String> urls(List<IndexedPage> pages) {
        Set<String> urls = new HashSet<>();
        for (IndexedPage page : pages) {
            urls.add(java.net.URI.create(page.url()).getPath() + "|" + page.status() + "|" + page.failureKind());
        }
        return urls;
    }

    /** How many response or revisit records each indexed URL has across the round's WARC files. */
    private static List<Integer> responseRecordsPerUrl(CrawlHarness harness, String roundId, String code)
            throws Exception {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (Path file : JwarcValidator.warcFiles(harness.dataDir.resolve("warc"))) {
            try (org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(file)) {
                for (org.netpreserve.jwarc.WarcRecord record : reader) {
                    if (record instanceof org.netpreserve.jwarc.WarcResponse r) {
                        counts.merge(r.target(), 1, Integer::sum);
                    }
                }
            } catch (java.io.IOException | RuntimeException truncatedTail) {
                // the killed file may end in a half-written record; the records before it were counted
            }
        }
        return harness.index.pages(roundId, code).stream().filter(p -> "response".equals(p.warcRecordType()))
                .map(p -> counts.getOrDefault(p.url(), 0)).toList();
    }
}
