package se.webbgranskning.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.webbgranskning.app.auth.Role;

@Tag("database")
class LoginHttpTest {

    @TempDir
    static Path data;

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(data);
        app.account("granskare", Role.REVIEWER);
        app.account("chef", Role.ADMIN);
        app.account("kommun", Role.MUNICIPALITY, "0180");
        app.account("avstangd", Role.REVIEWER);
        app.services().users().setDisabled("test", "avstangd", true);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theLoginPageIsSwedishAndCarriesTheSecurityHeaders() {
        HttpResponse<String> page = app.anonymous().get("/logga-in");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"sv\">", "Användarnamn", "Lösenord");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'self'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
    }

    @Test
    void eachRoleLandsOnItsOwnHomeWithAnHttpOnlySameSiteCookie() {
        assertThat(login("granskare", TestApp.PASSWORD).headers().firstValue("Location")).contains("/mina-kommuner");
        assertThat(login("chef", TestApp.PASSWORD).headers().firstValue("Location")).contains("/admin");
        HttpResponse<String> municipality = login("kommun", TestApp.PASSWORD);
        assertThat(municipality.headers().firstValue("Location")).contains("/kommun");
        assertThat(municipality.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith(WebSecurity.SESSION_COOKIE + "=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void aWrongPasswordOrADisabledAccountIsRefusedInSwedish() {
        HttpResponse<String> wrong = login("granskare", "fel-lösenord-999");
        HttpResponse<String> disabled = login("avstangd", TestApp.PASSWORD);

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("Fel användarnamn eller lösenord");
        assertThat(disabled.statusCode()).isEqualTo(401);
    }

    @Test
    void repeatedFailuresAreThrottled() {
        app.account("gissad", Role.REVIEWER);
        for (int i = 0; i < 5; i++) {
            assertThat(login("gissad", "gissning-" + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> throttled = login("gissad", TestApp.PASSWORD);

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.body()).contains("För många misslyckade inloggningar");
    }

    @Test
    void theTargetAfterLoginMustBeAPathOfThisApp() {
        WebClient client = app.anonymous();
        HttpResponse<String> local = client.postRaw("/logga-in", Map.of("anvandarnamn", "granskare",
                "losenord", TestApp.PASSWORD, "till", "/mina-kommuner?x=1"), Map.of());
        HttpResponse<String> foreign = client.postRaw("/logga-in", Map.of("anvandarnamn", "granskare",
                "losenord", TestApp.PASSWORD, "till", "//evil.example/"), Map.of());

        assertThat(local.headers().firstValue("Location")).contains("/mina-kommuner?x=1");
        assertThat(foreign.headers().firstValue("Location")).contains("/mina-kommuner");
    }

    @Test
    void aLoginPostedFromAnotherSiteIsRefused() {
        HttpResponse<String> response = app.anonymous().postRaw("/logga-in",
                Map.of("anvandarnamn", "granskare", "losenord", TestApp.PASSWORD),
                Map.of("Origin", "https://evil.example"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("annan webbplats");
    }

    @Test
    void loggingOutEndsTheSession() {
        WebClient client = app.loggedIn("granskare");
        assertThat(client.get("/mina-kommuner").statusCode()).isEqualTo(200);

        assertThat(client.postForm("/logga-ut", Map.of()).statusCode()).isEqualTo(303);

        HttpResponse<String> after = client.get("/mina-kommuner");
        assertThat(after.statusCode()).isEqualTo(303);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/logga-in"));
    }

    private static HttpResponse<String> login(String username, String password) {
        return app.anonymous().postRaw("/logga-in", Map.of("anvandarnamn", username, "losenord", password), Map.of());
    }
}
