package se.webbgranskning.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import se.webbgranskning.municipality.MunicipalityRegistry;

/** The admin starts a crawl round from the app, watches it finish, and sees each municipality's result. */
@Tag("database")
class CrawlFromAppTest {

    @TempDir
    static Path data;

    private static FixtureWeb web;
    private static TestApp app;

    @BeforeAll
    static void start() throws IOException {
        web = FixtureWeb.start(new FixtureOptions(0, Duration.ofMillis(200)));
        AppServices services = AppServices.open(TestDatabases.storage(data), MunicipalityRegistry.bundled(),
                Clock.systemUTC(), DemoSetup.crawlSetup(web));
        app = TestApp.startOn(services);
        app.account("chef", Role.ADMIN);
    }

    @AfterAll
    static void stop() {
        app.close();
        app.services().crawlJobs().close();
        web.close();
    }

    @Test
    void aRoundStartedFromTheAppRunsInTheBackgroundAndReportsEachMunicipality() throws InterruptedException {
        WebClient admin = app.loggedIn("chef");
        Document form = Jsoup.parse(admin.get("/admin/genomsokningar").body());
        assertThat(form.select("#kommuner option")).hasSize(web.sites().size());

        HttpResponse<String> started = admin.postForm("/admin/genomsokningar", Map.of("kommuner", "9902"));
        assertThat(started.statusCode()).isEqualTo(303);
        String round = started.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> second = admin.postForm("/admin/genomsokningar", Map.of("kommuner", "9901"));
        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(second.body()).contains("pågår redan");

        Document status = waitUntilDone(admin, round + "/status");
        assertThat(status.selectFirst("#genomsokningsstatus").hasAttr("hx-trigger")).isFalse();
        assertThat(status.select("tbody tr")).singleElement().satisfies(row -> {
            assertThat(row.child(0).text()).isEqualTo("9902 Norrviks kommun");
            assertThat(row.child(1).text()).isEqualTo("Klar");
            assertThat(Integer.parseInt(row.child(2).text())).isPositive();
        });
        assertThat(Jsoup.parse(admin.get("/admin").body()).select("#omgang-genomsokning option"))
                .extracting(option -> option.attr("value")).contains(round.substring(round.lastIndexOf('/') + 1));
    }

    @Test
    void unknownMunicipalitiesAreRefused() {
        HttpResponse<String> response = app.loggedIn("chef").postForm("/admin/genomsokningar",
                Map.of("kommuner", "1234"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("okända kommunkoder: [1234]");
    }

    private static Document waitUntilDone(WebClient admin, String statusPath) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            Document status = Jsoup.parse(admin.get(statusPath).body());
            if (status.text().contains("1 av 1 kommuner klara") && app.services().crawlJobs().running().isEmpty()) {
                return Jsoup.parse(admin.get(statusPath).body());
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the crawl did not finish within a minute");
    }
}
