package se.webbgranskning.crawl.wacz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import se.webbgranskning.crawl.CrawlSettings;
import se.webbgranskning.crawl.fixture.FixtureOptions;
import se.webbgranskning.crawl.fixture.FixtureSite;
import se.webbgranskning.crawl.fixture.FixtureWeb;
import se.webbgranskning.crawl.index.ArchivedCapture;
import se.webbgranskning.crawl.index.PageIndex;
import se.webbgranskning.crawl.run.CrawlProgress;
import se.webbgranskning.crawl.run.CrawlRound;
import se.webbgranskning.crawl.scope.ScopeRules;

/**
 * Two real crawl rounds of the fixture web, shared by the bundle tests (a crawl takes seconds, so it is done once
 * per test JVM): the first over Ekbacka (HTML pages, a fees PDF, two hosts) and Krokvik (redirect chains, a 503,
 * a page slower than the request timeout, which leaves a metadata record alone); the second over Ekbacka again,
 * which stores its unchanged documents as revisit records pointing into the first round's file.
 */
final class WaczFixtureCrawl {

    static final String EKBACKA = "ekbacka";
    static final String KROKVIK = "krokvik";

    private static WaczFixtureCrawl instance;

    final FixtureWeb web;
    final PageIndex index;
    final Path warcRoot;
    final String firstRound;
    final String secondRound;

    private WaczFixtureCrawl(FixtureWeb web, PageIndex index, Path warcRoot, String firstRound, String secondRound) {
        this.web = web;
        this.index = index;
        this.warcRoot = warcRoot;
        this.firstRound = firstRound;
        this.secondRound = secondRound;
    }

    static synchronized WaczFixtureCrawl get() {
        if (instance == null) {
            try {
                FixtureWeb web = FixtureWeb.start(new FixtureOptions(0, Duration.ofSeconds(2)));
                Path dataDir = Files.createTempDirectory("wacz-crawl");
                JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + dataDir.resolve("db"), "sa", "");
                Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
                PageIndex index = new PageIndex(Jdbi.create(pool).installPlugin(new SqlObjectPlugin()));
                CrawlRound crawl = new CrawlRound(dataDir, index, settings(), ScopeRules.bundled(),
                        web.hostResolver(), Clock.systemUTC());
                String first = crawl.start(targets(web, EKBACKA, KROKVIK), CrawlProgress.silent()).roundId();
                String second = crawl.start(targets(web, EKBACKA), CrawlProgress.silent()).roundId();
                instance = new WaczFixtureCrawl(web, index, dataDir.resolve("warc"), first, second);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    /** Fast but polite: 50 ms per host, a 1 s request timeout (shorter than Krokvik's slow page), local allowed. */
    private static CrawlSettings settings() {
        return new CrawlSettings(200, 6, 1024 * 1024, Duration.ofSeconds(60), Duration.ofMillis(50),
                Duration.ofSeconds(1), CrawlSettings.DEFAULT_USER_AGENT, 8, true);
    }

    private static List<se.webbgranskning.crawl.SiteTarget> targets(FixtureWeb web, String... keys) {
        return java.util.Arrays.stream(keys).map(web::site).map(FixtureSite::target).toList();
    }

    FixtureSite site(String key) {
        return web.site(key);
    }

    List<ArchivedCapture> captures(String round, String key) {
        return index.archivedCaptures(round, site(key).code());
    }
}
