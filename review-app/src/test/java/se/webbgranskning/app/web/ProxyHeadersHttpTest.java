package se.webbgranskning.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import se.webbgranskning.app.auth.Role;

/**
 * Behind a reverse proxy: X-Forwarded-Proto and X-Forwarded-For count only on connections from a trusted proxy
 * (here 127.0.0.1, where the tests connect from); the same headers from anyone else are ignored.
 */
@Tag("database")
class ProxyHeadersHttpTest {

    @TempDir
    static Path trustingData;

    @TempDir
    static Path plainData;

    private static TestApp trusting;
    private static TestApp plain;

    @BeforeAll
    static void start() {
        trusting = TestApp.startBehindProxy(trustingData, TrustedProxies.of(List.of("127.0.0.1")));
        plain = TestApp.start(plainData);
        trusting.account("granskare", Role.REVIEWER);
        plain.account("granskare", Role.REVIEWER);
    }

    @AfterAll
    static void stop() {
        trusting.close();
        plain.close();
    }

    private static HttpResponse<String> logIn(TestApp app, String username, String password,
                                              Map<String, String> headers) {
        return app.anonymous().postRaw("/logga-in", Map.of("anvandarnamn", username, "losenord", password), headers);
    }

    @Test
    void theSessionCookieIsSecureWhenTheTrustedProxySaysTheBrowserUsedHttps() {
        HttpResponse<String> viaProxy = logIn(trusting, "granskare", TestApp.PASSWORD,
                Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "198.51.100.4"));
        HttpResponse<String> plainHttp = logIn(trusting, "granskare", TestApp.PASSWORD, Map.of());

        assertThat(viaProxy.statusCode()).isEqualTo(303);
        assertThat(viaProxy.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie ->
                assertThat(cookie).startsWith(WebSecurity.SESSION_COOKIE + "=").contains("Secure", "HttpOnly"));
        // the redirect stays on the browser's scheme: relative, never http://
        assertThat(viaProxy.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).startsWith("/"));
        assertThat(plainHttp.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie ->
                assertThat(cookie).doesNotContain("Secure"));
    }

    @Test
    void withoutATrustedProxyTheForwardedProtoHeaderIsIgnored() {
        HttpResponse<String> spoofed = logIn(plain, "granskare", TestApp.PASSWORD,
                Map.of("X-Forwarded-Proto", "https"));

        assertThat(spoofed.statusCode()).isEqualTo(303);
        assertThat(spoofed.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie ->
                assertThat(cookie).doesNotContain("Secure"));
    }

    @Test
    void theRequestLogNamesTheForwardedClientOnlyThroughATrustedProxy() {
        Logger logger = (Logger) LoggerFactory.getLogger("webbgranskning.requests");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        Level before = logger.getLevel();
        logger.setLevel(Level.INFO);
        lines.start();
        logger.addAppender(lines);
        try {
            // a client's own claim (left) and what the proxy saw (right): only the proxy's word counts
            Map<String, String> headers = Map.of("X-Forwarded-For", "10.9.9.9, 203.0.113.9");
            String viaProxy = trusting.anonymous().get("/logga-in", headers).headers()
                    .firstValue("X-Request-Id").orElseThrow();
            String direct = plain.anonymous().get("/logga-in", headers).headers()
                    .firstValue("X-Request-Id").orElseThrow();

            List<String> logged = lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
            assertThat(logged).anySatisfy(line -> assertThat(line).startsWith(viaProxy + " ")
                    .endsWith("client=203.0.113.9"));
            assertThat(logged).anySatisfy(line -> assertThat(line).startsWith(direct + " ")
                    .endsWith("client=127.0.0.1"));
        } finally {
            logger.detachAppender(lines);
            logger.setLevel(before);
        }
    }

    @Test
    void theLoginThrottleCountsTheForwardedAddressThroughATrustedProxy(@TempDir Path data) {
        try (TestApp app = TestApp.startBehindProxy(data, TrustedProxies.of(List.of("127.0.0.1")))) {
            for (int attempt = 0; attempt < 20; attempt++) {
                assertThat(logIn(app, "okand" + attempt, "fel", Map.of("X-Forwarded-For", "203.0.113.20"))
                        .statusCode()).isEqualTo(401);
            }

            assertThat(logIn(app, "okand-ny", "fel", Map.of("X-Forwarded-For", "203.0.113.20")).statusCode())
                    .as("the 21st failure from the same client waits").isEqualTo(429);
            assertThat(logIn(app, "okand-ny", "fel", Map.of("X-Forwarded-For", "203.0.113.21")).statusCode())
                    .as("another client behind the same proxy does not").isEqualTo(401);
        }
    }

    @Test
    void withoutATrustedProxyASpoofedForwardedForDoesNotEscapeTheThrottle(@TempDir Path data) {
        try (TestApp app = TestApp.start(data)) {
            for (int attempt = 0; attempt < 20; attempt++) {
                assertThat(logIn(app, "okand" + attempt, "fel", Map.of("X-Forwarded-For", "203.0.113." + attempt))
                        .statusCode()).isEqualTo(401);
            }

            assertThat(logIn(app, "okand-ny", "fel", Map.of("X-Forwarded-For", "198.51.100.99")).statusCode())
                    .isEqualTo(429);
        }
    }
}
