package se.webbgranskning.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.auth.User;

@Tag("database")
class RequestLogTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger("webbgranskning.requests");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private Level before;
    private TestApp app;

    @BeforeEach
    void capture() {
        before = logger.getLevel();
        logger.setLevel(Level.INFO);
        lines.start();
        logger.addAppender(lines);
        app = TestApp.startOn(DemoWorld.get().services());
    }

    @AfterEach
    void release() {
        app.close();
        logger.detachAppender(lines);
        logger.setLevel(before);
    }

    @Test
    void oneLinePerRequestWithItsIdRouteStatusAndUserButNoSecrets() {
        User reviewer = DemoWorld.get().account("logged", Role.REVIEWER, null);
        WebClient client = app.loggedIn(reviewer.username());
        lines.list.clear();

        HttpResponse<String> page = client.get("/granskning/999999?sok=personnummer");

        List<String> logged = lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        String id = page.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(logged).singleElement().satisfies(line -> {
            assertThat(line).startsWith(id + " GET /granskning/{id} 404 ")
                    .endsWith("user=" + reviewer.id() + " client=127.0.0.1")
                    .doesNotContain("personnummer").doesNotContain("999999");
            assertThat(client.cookie("wg_session")).isNotEmpty();
            assertThat(line).doesNotContain(client.cookie("wg_session"));
        });
    }

    @Test
    void anUnknownAddressIsLoggedWithoutAUser() {
        HttpResponse<String> missing = app.anonymous().get("/finns-inte");

        assertThat(missing.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(line -> assertThat(line).contains(" 404 ").endsWith("user=- client=127.0.0.1"));
    }
}
