package se.webbgranskning.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.auth.User;
import se.webbgranskning.app.review.ReviewRound;
import se.webbgranskning.app.web.DemoWorld;
import se.webbgranskning.app.web.TestApp;
import se.webbgranskning.app.web.WebClient;

@Tag("database")
class AdminHttpTest {

    private static DemoWorld world;
    private static TestApp app;
    private User admin;
    private WebClient client;

    @BeforeAll
    static void start() {
        world = DemoWorld.get();
        app = TestApp.startOn(world.services());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void logIn() {
        admin = world.account("lead", Role.ADMIN, null);
        client = app.loggedIn(admin.username());
    }

    @Test
    void theOverviewOffersTheCrawlRoundsAndChecklistsForANewReviewRound() {
        Document page = Jsoup.parse(client.get("/admin").body());

        assertThat(page.select("#omgang-genomsokning option")).extracting(o -> o.attr("value"))
                .contains(world.crawlRoundId());
        assertThat(page.select("#omgang-checklista option")).extracting(o -> o.attr("value"))
                .contains("delindex1-2026");
    }

    @Test
    void createsAReviewRoundAndRefusesABadOneInSwedish() {
        String name = "Omgång " + admin.username();
        HttpResponse<String> created = client.postForm("/admin/omgangar", Map.of("namn", name,
                "genomsokning", world.crawlRoundId(), "checklista", "delindex1-2026"));

        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(Jsoup.parse(client.get(created.headers().firstValue("Location").orElseThrow()).body()).text())
                .contains(name, "0 av 2 kommuner inskickade");

        HttpResponse<String> duplicate = client.postForm("/admin/omgangar", Map.of("namn", name,
                "genomsokning", world.crawlRoundId(), "checklista", "delindex1-2026"));
        HttpResponse<String> noCrawl = client.postForm("/admin/omgangar", Map.of("namn", name + " b",
                "genomsokning", "1999-01-01-1", "checklista", "delindex1-2026"));
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(duplicate.body()).contains("finns redan en granskningsomgång");
        assertThat(noCrawl.body()).contains("Genomsökningsomgången 1999-01-01-1 finns inte");
    }

    @Test
    void assignsByHandAndSpreadsTheRestEvenly() {
        User anna = world.account("anna", Role.REVIEWER, null);
        world.account("bo", Role.REVIEWER, null);
        ReviewRound round = world.services().reviewRounds().create(admin.username(), "Fördelning " + admin.username(),
                world.crawlRoundId(), "delindex1-2026");
        String base = "/admin/omgangar/" + round.reviewRoundId();

        HttpResponse<String> assigned = client.postForm(base + "/tilldela", Map.of("kommun", DemoWorld.EKBACKA,
                "granskare", anna.username()));
        assertThat(assigned.body()).contains("Kommun 9901 är tilldelad " + anna.displayName());

        HttpResponse<String> spread = client.postForm(base + "/fordela", Map.of());
        assertThat(spread.body()).contains("1 kommuner fördelades jämnt");
        assertThat(world.services().reviewRounds().progress(round)).hasSize(2);
        assertThat(Jsoup.parse(client.postForm(base + "/fordela", Map.of()).body()).text())
                .contains("Alla kommuner var redan tilldelade");
    }

    @Test
    void assigningAMunicipalityOutsideTheCrawlIsRefused() {
        User anna = world.account("anna", Role.REVIEWER, null);
        ReviewRound round = world.services().reviewRounds().create(admin.username(), "Fel " + admin.username(),
                world.crawlRoundId(), "delindex1-2026");

        HttpResponse<String> response = client.postForm("/admin/omgangar/" + round.reviewRoundId() + "/tilldela",
                Map.of("kommun", "0180", "granskare", anna.username()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Kommun 0180 finns inte i genomsökningsomgången");
    }

    @Test
    void createsAnAccountAndShowsItsPasswordOnce() {
        String username = "ny-" + admin.username();
        HttpResponse<String> created = client.postForm("/admin/konton", Map.of("anvandarnamn", username,
                "namn", "Ny Granskare", "roll", "reviewer", "kommunkod", ""));

        Document page = Jsoup.parse(created.body());
        String password = page.selectFirst("code.password").text();
        assertThat(password).hasSize(16);
        assertThat(world.services().users().authenticate(username, password)).isPresent();
        assertThat(client.get("/admin/konton").body()).doesNotContain(password);
    }

    @Test
    void aBadAccountKeepsWhatWasTypedAndSaysWhy() {
        HttpResponse<String> response = client.postForm("/admin/konton", Map.of("anvandarnamn", "Ö",
                "namn", "Örjan", "roll", "reviewer", "kommunkod", ""));

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.text()).contains("Användarnamnet måste vara 3–60 tecken");
        assertThat(page.selectFirst("#nytt-namn").attr("value")).isEqualTo("Örjan");
    }

    @Test
    void disablingAnAccountEndsItsSessionsAndResetGivesANewPassword() {
        User reviewer = world.account("stangs", Role.REVIEWER, null);
        WebClient theirs = app.loggedIn(reviewer.username());
        assertThat(theirs.get("/mina-kommuner").statusCode()).isEqualTo(200);

        client.postForm("/admin/konton/" + reviewer.username() + "/stang-av", Map.of());

        assertThat(theirs.get("/mina-kommuner").statusCode()).isEqualTo(303);
        client.postForm("/admin/konton/" + reviewer.username() + "/aktivera", Map.of());
        String password = Jsoup.parse(client.postForm("/admin/konton/" + reviewer.username() + "/aterstall",
                Map.of()).body()).selectFirst("code.password").text();
        assertThat(world.services().users().authenticate(reviewer.username(), TestApp.PASSWORD)).isEmpty();
        assertThat(world.services().users().authenticate(reviewer.username(), password)).isPresent();
    }

    @Test
    void anAdminCannotDisableThemself() {
        HttpResponse<String> response = client.postForm("/admin/konton/" + admin.username() + "/stang-av", Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("inte stänga av ditt eget konto");
    }
}
