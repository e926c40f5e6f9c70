package se.webbgranskning.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import se.webbgranskning.app.auth.LoginRoutes;
import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.auth.User;
import se.webbgranskning.app.serve.AppServices;

/** Every role is refused what it may not see or do, and every state change needs the session's CSRF token. */
@Tag("database")
class AccessControlTest {

    private static final List<String> ADMIN_PAGES = List.of("/admin", "/admin/konton");

    private static TestApp app;
    private static DemoWorld world;
    private static DemoWorld.Assignment mine;
    private static DemoWorld.Assignment theirs;
    private static User admin;
    private static User municipality;

    @BeforeAll
    static void start() {
        world = DemoWorld.get();
        app = TestApp.startOn(world.services());
        mine = world.assignment("acl-a", DemoWorld.EKBACKA);
        theirs = world.assignment("acl-b", DemoWorld.NORRVIK);
        admin = world.account("acl-admin", Role.ADMIN, null);
        municipality = world.account("acl-kommun", Role.MUNICIPALITY, DemoWorld.EKBACKA);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginAndTheirPostsRefused() {
        WebClient anonymous = app.anonymous();
        for (String path : List.of("/admin", "/mina-kommuner", "/kommun", "/granskning/" + mine.reviewId())) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(303);
            assertThat(response.headers().firstValue("Location")).as(path).contains("/logga-in?till=" + path
                    .replace("/", "%2F"));
        }
        assertThat(anonymous.postRaw("/admin/konton", Map.of("anvandarnamn", "x"), Map.of()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void aReviewerSeesNoAdminPageAndNoOtherReviewersDraft() {
        WebClient reviewer = app.loggedIn(mine.reviewer().username());

        ADMIN_PAGES.forEach(path -> assertThat(reviewer.get(path).statusCode()).as(path).isEqualTo(403));
        assertThat(reviewer.get("/admin/omgangar/" + mine.round().reviewRoundId()).statusCode()).isEqualTo(403);
        assertThat(reviewer.get("/granskning/" + mine.reviewId()).statusCode()).isEqualTo(200);
        HttpResponse<String> other = reviewer.get("/granskning/" + theirs.reviewId());
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).doesNotContain("Norrvik").contains("Granskningen finns inte");
        assertThat(reviewer.get("/granskning/" + theirs.reviewId() + "/sida/1/innehall").statusCode()).isEqualTo(404);
        assertThat(reviewer.postForm("/granskning/" + theirs.reviewId() + "/svar/A1",
                Map.of("poang", "2", "kommentar", "", "version", "0")).statusCode()).isEqualTo(404);
    }

    @Test
    void aMunicipalitySeesOnlyItsOwnHomeAndNothingOfTheReview() {
        WebClient kommun = app.loggedIn(municipality.username());

        assertThat(kommun.get("/kommun").body()).contains("Ekbacka");
        ADMIN_PAGES.forEach(path -> assertThat(kommun.get(path).statusCode()).as(path).isEqualTo(403));
        assertThat(kommun.get("/mina-kommuner").statusCode()).isEqualTo(403);
        assertThat(kommun.get("/granskning/" + mine.reviewId()).statusCode()).isEqualTo(403);
        assertThat(kommun.get("/granskning/" + mine.reviewId() + "/sida/1/innehall").statusCode()).isEqualTo(403);
    }

    @Test
    void anAdminReadsAReviewButCannotScoreIt() {
        WebClient lead = app.loggedIn(admin.username());

        assertThat(lead.get("/granskning/" + mine.reviewId()).statusCode()).isEqualTo(200);
        assertThat(lead.get("/mina-kommuner").statusCode()).isEqualTo(403);
        assertThat(lead.postForm("/granskning/" + mine.reviewId() + "/svar/A1",
                Map.of("poang", "2", "kommentar", "", "version", "0")).statusCode()).isEqualTo(403);
    }

    @Test
    void aPostWithoutTheSessionsCsrfTokenIsRefused() {
        WebClient reviewer = app.loggedIn(mine.reviewer().username());
        String path = "/granskning/" + mine.reviewId() + "/svar/A2";

        HttpResponse<String> missing = reviewer.postRaw(path, Map.of("poang", "1", "version", "0"), Map.of());
        HttpResponse<String> wrong = reviewer.postForm(path, Map.of("_csrf", "fel", "poang", "1", "version", "0"));
        HttpResponse<String> right = reviewer.postForm(path, Map.of("poang", "1", "kommentar", "", "version", "0"));

        assertThat(missing.statusCode()).isEqualTo(403);
        assertThat(missing.body()).contains("Ladda om sidan");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(right.statusCode()).isEqualTo(303);
    }

    @Test
    void aRouteThatNamesNoRoleIsRefusedToEveryone() {
        AppServices services = world.services();
        WebSecurity security = new WebSecurity(services.sessions(), false, TrustedProxies.none());
        Javalin bare = WebServer.create(security, services.templates(), List.of(
                new LoginRoutes(services.users(), services.sessions(), services.throttle(), security,
                        services.templates()),
                routes -> routes.get("/glomd", ctx -> ctx.result("hemligt")))).start("127.0.0.1", 0);
        try {
            WebClient client = new WebClient("http://127.0.0.1:" + bare.port());
            client.logIn(admin.username(), TestApp.PASSWORD);

            HttpResponse<String> response = client.get("/glomd");

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.body()).doesNotContain("hemligt");
        } finally {
            bare.stop();
        }
    }

    @Test
    void unknownPagesAnswerInSwedish() {
        HttpResponse<String> response = app.loggedIn(admin.username()).get("/finns-inte");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Sidan finns inte");
    }
}
