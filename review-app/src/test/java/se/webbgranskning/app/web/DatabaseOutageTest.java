package se.webbgranskning.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import io.javalin.Javalin;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.db.SwitchableDataSource;
import se.webbgranskning.app.serve.AppServices;
import se.webbgranskning.municipality.MunicipalityRegistry;

/**
 * The database becomes unreachable while the app runs: every request that needs it gets a Swedish page with
 * status 503 and the request's id, no stack trace; {@code /health} says 503; and once the database is back the
 * same app answers normally again, without a restart.
 */
class DatabaseOutageTest {

    @TempDir
    Path data;

    private SwitchableDataSource database;
    private AppServices services;
    private Javalin app;
    private String base;

    @BeforeEach
    void start() {
        database = SwitchableDataSource.over(data);
        services = AppServices.over(data, database.jdbi(), MunicipalityRegistry.bundled(), Clock.systemDefaultZone());
        services.users().create("test", "granskare", "Granskare", Role.REVIEWER, null, TestApp.PASSWORD);
        app = services.webApp(false).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void pagesAnswer503WithTheRequestIdWhileTheDatabaseIsAwayAndRecoverWithoutRestart() {
        WebClient reviewer = WebClient.forUrl(base);
        reviewer.logIn("granskare", TestApp.PASSWORD);
        assertThat(reviewer.get("/mina-kommuner").statusCode()).isEqualTo(200);

        database.switchOff();
        HttpResponse<String> page = reviewer.get("/mina-kommuner");
        HttpResponse<String> login = WebClient.forUrl(base).postRaw("/logga-in",
                Map.of("anvandarnamn", "granskare", "losenord", TestApp.PASSWORD), Map.of());

        for (HttpResponse<String> refused : java.util.List.of(page, login)) {
            assertThat(refused.statusCode()).isEqualTo(503);
            String requestId = refused.headers().firstValue("X-Request-Id").orElseThrow();
            String text = Jsoup.parse(refused.body()).text();
            assertThat(text).contains("Databasen går inte att nå just nu").contains("Felkod: " + requestId);
            assertThat(refused.body()).doesNotContain("Exception", "SQLException", "at se.", "08001", "jdbc:");
        }
        assertThat(WebClient.forUrl(base).get("/health").statusCode()).isEqualTo(503);

        database.switchOn();
        assertThat(reviewer.get("/mina-kommuner").statusCode()).isEqualTo(200);
        assertThat(WebClient.forUrl(base).get("/health").statusCode()).isEqualTo(200);
        WebClient later = WebClient.forUrl(base);
        later.logIn("granskare", TestApp.PASSWORD);
        assertThat(later.get("/mina-kommuner").statusCode()).isEqualTo(200);
    }

    @Test
    void anHtmxRequestGetsTheMessageAsTextForThePagesMessageArea() throws Exception {
        WebClient reviewer = WebClient.forUrl(base);
        reviewer.logIn("granskare", TestApp.PASSWORD);

        database.switchOff();
        HttpResponse<String> save = reviewer.postRaw("/granskning/1/svar/A1",
                Map.of("_csrf", reviewer.csrfToken(), "poang", "1", "version", "0"), Map.of("HX-Request", "true"));

        assertThat(save.statusCode()).isEqualTo(503);
        assertThat(save.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(save.body()).startsWith("Databasen går inte att nå just nu").doesNotContain("Exception");
    }
}
