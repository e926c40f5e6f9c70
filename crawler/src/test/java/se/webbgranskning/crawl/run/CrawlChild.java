package se.webbgranskning.crawl.run;

import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import se.webbgranskning.crawl.CrawlSettings;
import se.webbgranskning.crawl.SiteTarget;
import se.webbgranskning.crawl.scope.ScopeRules;

/**
 * A crawl in a JVM of its own, for the test that kills it with SIGKILL: {@code CrawlChild DATA_DIR CODE URL},
 * every {@code .test} name resolving to 127.0.0.1. Prints the round id, then crawls slowly.
 */
public final class CrawlChild {

    private CrawlChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        CrawlHarness harness = new CrawlHarness(dataDir);
        CrawlSettings t = CrawlHarness.testSettings();
        CrawlSettings slow = new CrawlSettings(t.pageBudget(), t.maxDepth(), t.maxDocumentBytes(),
                t.maxSiteDuration(), Duration.ofMillis(250), t.requestTimeout(), t.userAgent(), 1, true);
        CrawlRound round = new CrawlRound(dataDir, harness.index, slow, ScopeRules.bundled(),
                host -> List.of(InetAddress.getByName("127.0.0.1")), Clock.systemUTC());
        round.start(List.of(new SiteTarget(args[1], "Barnprocess", URI.create(args[2]))), new CrawlProgress() {
            @Override
            public void siteStarted(SiteTarget site) {
                System.out.println("STARTED");
                System.out.flush();
            }

            @Override
            public void siteFinished(SiteResult result, int done, int total) {
            }
        });
        System.out.println("FINISHED");
    }
}
