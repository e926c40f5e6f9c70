package se.webbgranskning.crawl.run;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import se.webbgranskning.crawl.CrawlSettings;
import se.webbgranskning.crawl.SiteTarget;
import se.webbgranskning.crawl.fixture.FixtureSite;
import se.webbgranskning.crawl.fixture.FixtureWeb;
import se.webbgranskning.crawl.index.PageIndex;
import se.webbgranskning.crawl.index.TestDatabase;
import se.webbgranskning.crawl.scope.ScopeRules;

/** A data directory with a migrated database (H2, or PostgreSQL in that test run), and crawls of fixture sites into it with test-speed settings. */
public final class CrawlHarness {

    public final Path dataDir;
    public final Jdbi jdbi;
    public final PageIndex index;

    public CrawlHarness(Path dataDir) {
        this.dataDir = dataDir;
        this.jdbi = TestDatabase.open(dataDir);
        this.index = new PageIndex(jdbi);
    }

    /** Fast but still polite settings: 50 ms per host, 1 s request timeout, 1 MiB per document, local allowed. */
    public static CrawlSettings testSettings() {
        return new CrawlSettings(200, 6, 1024 * 1024, Duration.ofSeconds(60), Duration.ofMillis(50),
                Duration.ofSeconds(1), CrawlSettings.DEFAULT_USER_AGENT, 8, true);
    }

    public RoundResult crawl(FixtureWeb web, CrawlSettings settings, List<FixtureSite> sites) throws InterruptedException {
        List<SiteTarget> targets = sites.stream()
                .map(FixtureSite::target).toList();
        return new CrawlRound(dataDir, index, settings, ScopeRules.bundled(), web.hostResolver(), Clock.systemUTC())
                .start(targets, CrawlProgress.silent());
    }

    /** When each response of a municipality on one host was requested, in order. */
    List<OffsetDateTime> fetchTimes(String roundId, String code, String host) {
        String sql = "SELECT url, fetched_at FROM crawl_page WHERE round_id = :round AND kommunkod = :code"
                + " AND status IS NOT NULL ORDER BY fetched_at";
        List<Map.Entry<String, OffsetDateTime>> rows = jdbi.withHandle(h -> h.createQuery(sql)
                .bind("round", roundId).bind("code", code)
                .map((rs, ctx) -> Map.entry(rs.getString("url"), rs.getObject("fetched_at", OffsetDateTime.class)))
                .list());
        return rows.stream().filter(e -> URI.create(e.getKey()).getHost().equals(host))
                .map(Map.Entry::getValue).toList();
    }
}
