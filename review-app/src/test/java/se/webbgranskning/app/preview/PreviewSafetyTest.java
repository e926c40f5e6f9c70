package se.webbgranskning.app.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.webbgranskning.app.admin.CrawlJobs;
import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.auth.User;
import se.webbgranskning.app.db.Storage;
import se.webbgranskning.app.serve.AppServices;
import se.webbgranskning.app.serve.DemoSetup;
import se.webbgranskning.crawl.fixture.FixtureOptions;
import se.webbgranskning.crawl.fixture.FixtureWeb;
import se.webbgranskning.crawl.run.CrawlRound;
import se.webbgranskning.crawl.scope.ScopeRules;
import se.webbgranskning.municipality.MunicipalityRegistry;

/**
 * Without the explicit demo/test setting a preview reaches no local address: the fixture site on 127.0.0.1 is
 * refused before any request and the preview fails saying why. (Which addresses and redirects are refused is
 * tested at the crawler: AddressPolicyTest, RedirectSafetyCrawlTest.) A preview left running by a stopped app
 * does not block the next one.
 */
class PreviewSafetyTest {

    @Test
    void withoutTheLoopbackSettingThePreviewFailsBeforeAnyRequest(@TempDir Path data) throws Exception {
        try (FixtureWeb web = FixtureWeb.start(new FixtureOptions(0, Duration.ofMillis(50)))) {
            CrawlJobs.CrawlSetup demo = DemoSetup.crawlSetup(web);
            CrawlJobs.CrawlSetup publicOnly = new CrawlJobs.CrawlSetup(demo.sites(), demo.resolver(),
                    demo.settings().withAllowLocal(false));
            AppServices services = AppServices.open(Storage.embedded(data), MunicipalityRegistry.bundled(), Clock.systemUTC(),
                    publicOnly, new PreviewSettings(10, 2, Duration.ofSeconds(30), 5));
            User kommun = municipalityUser(services, web);

            services.previews().start(kommun);
            PreviewRun ended = waitUntilEnded(services.previews(), kommun);

            assertThat(ended.status()).isEqualTo(PreviewStatus.FAILED);
            assertThat(ended.problem()).contains("Inga sidor kunde hämtas", "127.0.0.1", "inte en publik adress");
            assertThat(web.requestCount("www.ekbacka.test", "/")).isZero();
            assertThat(web.requestCount("www.ekbacka.test", "/robots.txt")).isZero();
            services.previews().close();
        }
    }

    @Test
    void aPreviewLeftRunningByAStoppedAppIsMarkedFailedAtTheNextStart(@TempDir Path data) throws Exception {
        try (FixtureWeb web = FixtureWeb.start(new FixtureOptions(0, Duration.ofMillis(50)))) {
            AppServices first = AppServices.open(Storage.embedded(data), MunicipalityRegistry.bundled(), Clock.systemUTC(),
                    DemoSetup.crawlSetup(web));
            User kommun = municipalityUser(first, web);
            first.jdbi().useHandle(handle -> handle.createUpdate("""
                            INSERT INTO preview_run (kommunkod, requested_by, requested_at, checklist_id, status)
                            VALUES ('9901', 'ekbacka', :at, 'delindex1-2026', 'running')""")
                    .bind("at", OffsetDateTime.now()).execute());
            first.previews().close();

            AppServices restarted = AppServices.open(Storage.embedded(data), MunicipalityRegistry.bundled(), Clock.systemUTC(),
                    DemoSetup.crawlSetup(web));

            assertThat(restarted.previews().history(kommun)).singleElement().satisfies(run -> {
                assertThat(run.status()).isEqualTo(PreviewStatus.FAILED);
                assertThat(run.problem()).contains("startades om");
            });
            restarted.previews().close();
        }
    }

    private static User municipalityUser(AppServices services, FixtureWeb web) {
        new CrawlRound(services.dataDirectory(), services.pageIndex(), DemoSetup.crawlSetup(web).settings(),
                ScopeRules.bundled(), web.hostResolver(), Clock.systemUTC())
                .register(List.of(web.site("ekbacka").target()));
        return services.users().create("test", "ekbacka", "Ekbacka", Role.MUNICIPALITY, "9901", "lösenord-123-abc")
                .user();
    }

    private static PreviewRun waitUntilEnded(Previews previews, User user) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            PreviewRun latest = previews.history(user).get(0);
            if (!latest.running()) {
                return latest;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the preview did not end within a minute");
    }
}
