package se.webbgranskning.app.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.db.TestDatabases;
import se.webbgranskning.app.serve.AppServices;
import se.webbgranskning.app.serve.DemoSetup;
import se.webbgranskning.app.web.TestApp;
import se.webbgranskning.app.web.WebClient;
import se.webbgranskning.crawl.fixture.FixtureOptions;
import se.webbgranskning.crawl.fixture.FixtureWeb;
import se.webbgranskning.crawl.run.CrawlRound;
import se.webbgranskning.crawl.scope.ScopeRules;
import se.webbgranskning.municipality.MunicipalityRegistry;

/** A municipality previews its own site: crawled now, pre-checked, compared with the previous preview, limited. */
@Tag("database")
class PreviewHttpTest {

    @TempDir
    static Path data;

    private static FixtureWeb web;
    private static TestApp app;

    @BeforeAll
    static void start() throws Exception {
        web = FixtureWeb.start(new FixtureOptions(0, Duration.ofMillis(200)));
        AppServices services = AppServices.open(TestDatabases.storage(data), MunicipalityRegistry.bundled(),
                Clock.systemUTC(), DemoSetup.crawlSetup(web), new PreviewSettings(25, 3, Duration.ofSeconds(60), 2));
        app = TestApp.startOn(services);
        // Fixture municipalities are not in the national registry: a registered (unfetched) round makes 9901 known.
        new CrawlRound(data, services.pageIndex(), DemoSetup.crawlSetup(web).settings(), ScopeRules.bundled(),
                web.hostResolver(), Clock.systemUTC()).register(List.of(web.site("ekbacka").target()));
        app.account("ekbacka", Role.MUNICIPALITY, "9901");
        app.account("okand", Role.MUNICIPALITY, "0180");
        app.account("granskare", Role.REVIEWER);
    }

    @AfterAll
    static void stop() {
        app.close();
        app.services().previews().close();
        web.close();
    }

    @Test
    void aPreviewRunsInTheBackgroundThenShowsEveryItemWithTipsAndTheNextOneWhatChanged() throws Exception {
        WebClient kommun = app.loggedIn("ekbacka");
        Document before = Jsoup.parse(kommun.get(PreviewRoutes.PATH).body());
        assertThat(before.text()).contains("automatisk förhandsgranskning, inte granskningens resultat");

        HttpResponse<String> started = kommun.postForm(PreviewRoutes.PATH, Map.of());
        assertThat(started.statusCode()).isEqualTo(303);
        HttpResponse<String> again = kommun.postForm(PreviewRoutes.PATH, Map.of());
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("pågår redan");
        assertThat(Jsoup.parse(kommun.get(PreviewRoutes.PATH).body()).select("#forhandsstatus[hx-trigger]"))
                .hasSize(1);

        Document first = waitForReport(kommun);
        assertThat(first.select("li.preview-item")).hasSize(31);
        assertThat(first.select("li.preview-present")).isNotEmpty();
        assertThat(first.select("li.preview-missing .tip")).hasSameSizeAs(first.select("li.preview-missing"));
        assertThat(first.text()).contains("er första förhandsgranskning").doesNotContain("än förra gången");
        assertThat(web.requestCount("www.ekbacka.test", "/")).isPositive();

        assertThat(kommun.postForm(PreviewRoutes.PATH, Map.of()).statusCode()).isEqualTo(303);
        Document second = waitForReport(kommun);
        assertThat(second.text()).contains("Sedan förra förhandsgranskningen", "0 punkter bättre, 0 sämre");
        assertThat(second.select("li.preview-item .change")).hasSize(31)
                .allSatisfy(change -> assertThat(change.text()).contains("oförändrad"));

        HttpResponse<String> overLimit = kommun.postForm(PreviewRoutes.PATH, Map.of());
        assertThat(overLimit.statusCode()).isEqualTo(400);
        assertThat(overLimit.body()).contains("2 förhandsgranskningar i dag", "gränsen per dag");
        assertThat(Jsoup.parse(kommun.get(PreviewRoutes.PATH).body()).select("table tbody tr")).hasSize(2);
    }

    @Test
    void aMunicipalityWithoutASiteInTheRegistryIsToldSoAndOtherRolesCannotPreview() {
        HttpResponse<String> refused = app.loggedIn("okand").postForm(PreviewRoutes.PATH, Map.of());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("finns inte i registret");

        assertThat(app.loggedIn("granskare").get(PreviewRoutes.PATH).statusCode()).isEqualTo(403);
        assertThat(app.anonymous().get(PreviewRoutes.PATH).statusCode()).isIn(302, 303, 401);
    }

    private static Document waitForReport(WebClient kommun) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> status = kommun.get(PreviewRoutes.PATH + "/status");
            if (status.headers().firstValue("HX-Refresh").isPresent()) {
                return Jsoup.parse(kommun.get(PreviewRoutes.PATH).body());
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the preview did not finish within 90 seconds");
    }
}
