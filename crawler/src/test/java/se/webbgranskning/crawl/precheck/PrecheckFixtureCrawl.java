package se.webbgranskning.crawl.precheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import se.webbgranskning.crawl.CrawlSettings;
import se.webbgranskning.crawl.fixture.FixtureOptions;
import se.webbgranskning.crawl.fixture.FixtureSite;
import se.webbgranskning.crawl.fixture.FixtureWeb;
import se.webbgranskning.crawl.index.PageIndex;
import se.webbgranskning.crawl.run.CrawlProgress;
import se.webbgranskning.crawl.run.CrawlRound;
import se.webbgranskning.crawl.scope.ScopeRules;

/**
 * One real crawl round of the whole fixture web, shared by the pre-check tests (a crawl takes seconds, so it is
 * done once per test JVM). The pre-check reads the page index exactly as the command does.
 */
final class PrecheckFixtureCrawl {

    private static PrecheckFixtureCrawl instance;

    final FixtureWeb web;
    final Jdbi jdbi;
    final String round;

    private PrecheckFixtureCrawl(FixtureWeb web, Jdbi jdbi, String round) {
        this.web = web;
        this.jdbi = jdbi;
        this.round = round;
    }

    static synchronized PrecheckFixtureCrawl get() {
        if (instance == null) {
            try {
                FixtureWeb web = FixtureWeb.start(new FixtureOptions(0, Duration.ofSeconds(2)));
                Path dataDir = Files.createTempDirectory("precheck-crawl");
                JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + dataDir.resolve("db"), "sa", "");
                Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
                Jdbi jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
                CrawlRound crawl = new CrawlRound(dataDir, new PageIndex(jdbi), settings(), ScopeRules.bundled(),
                        web.hostResolver(), Clock.systemUTC());
                String round = crawl.start(web.sites().stream().map(FixtureSite::target).toList(),
                        CrawlProgress.silent()).roundId();
                instance = new PrecheckFixtureCrawl(web, jdbi, round);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    /** Fast but polite: 50 ms per host, a 1 s request timeout, 1 MiB per document, local addresses allowed. */
    private static CrawlSettings settings() {
        return new CrawlSettings(200, 6, 1024 * 1024, Duration.ofSeconds(60), Duration.ofMillis(50),
                Duration.ofSeconds(1), CrawlSettings.DEFAULT_USER_AGENT, 8, true);
    }

    String code(String key) {
        return web.site(key).code();
    }
}
