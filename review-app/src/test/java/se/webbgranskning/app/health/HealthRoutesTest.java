package se.webbgranskning.app.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.webbgranskning.app.serve.AppServices;
import se.webbgranskning.app.web.DemoWorld;
import se.webbgranskning.app.web.TestApp;
import se.webbgranskning.app.web.WebClient;
import se.webbgranskning.app.web.WebSecurity;
import se.webbgranskning.app.web.WebServer;

@Tag("database")
class HealthRoutesTest {

    private static TestApp app;

    @TempDir
    static Path elsewhere;

    @BeforeAll
    static void start() {
        app = TestApp.startOn(DemoWorld.get().services());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void answersWithoutLoginWhenDatabaseAndDiskAreFine() throws Exception {
        HttpResponse<String> response = app.anonymous().get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(response.body());
        assertThat(body.get("status").asText()).isEqualTo("ok");
        assertThat(body.get("database").get("ok").asBoolean()).isTrue();
        assertThat(body.get("disk").get("usableBytes").asLong()).isPositive();
        assertThat(response.body()).doesNotContain(DemoWorld.get().services().dataDirectory().toString());
    }

    @Test
    void aDatabaseThatDoesNotAnswerOrAFullDiskIs503() throws Exception {
        AppServices services = DemoWorld.get().services();
        Jdbi unreachable = Jdbi.create("jdbc:h2:tcp://127.0.0.1:1/ingen;LOGIN_TIMEOUT=1000", "sa", "");
        try (Served noDatabase = new Served(new HealthRoutes(unreachable, elsewhere));
             Served fullDisk = new Served(new HealthRoutes(services.jdbi(), elsewhere, Long.MAX_VALUE))) {
            HttpResponse<String> database = noDatabase.client().get("/health");
            assertThat(database.statusCode()).isEqualTo(503);
            assertThat(new ObjectMapper().readTree(database.body()).get("database").get("ok").asBoolean()).isFalse();

            HttpResponse<String> disk = fullDisk.client().get("/health");
            assertThat(disk.statusCode()).isEqualTo(503);
            JsonNode body = new ObjectMapper().readTree(disk.body());
            assertThat(body.get("status").asText()).isEqualTo("fel");
            assertThat(body.get("disk").get("ok").asBoolean()).isFalse();
            assertThat(body.get("database").get("ok").asBoolean()).isTrue();
        }
    }

    /** An app with only the health route, for the states the shared demo cannot be put in. */
    private record Served(Javalin javalin) implements AutoCloseable {
        Served(HealthRoutes routes) {
            this(WebServer.create(new WebSecurity(DemoWorld.get().services().sessions(), false, se.webbgranskning.app.web.TrustedProxies.none()),
                    DemoWorld.get().services().templates(), List.of(routes)).start("127.0.0.1", 0));
        }

        WebClient client() {
            return WebClient.forUrl("http://127.0.0.1:" + javalin.port());
        }

        @Override
        public void close() {
            javalin.stop();
        }
    }
}
