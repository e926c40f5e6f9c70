package se.webbgranskning.bench.web;

import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What the web benchmarks do over HTTP as a browser would: log in, and encode form fields. */
final class BenchHttp {

    private BenchHttp() {
    }

    /** The app's session cookie, which a browser sends back with every request after logging in. */
    private static final String SESSION_COOKIE = "wg_session";

    /** Logs a seeded reviewer in and returns her session cookie as a {@code Cookie} header value. */
    static String logIn(HttpClient client, String base, String username) throws Exception {
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + "/logga-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(loginForm(username))).build(),
                HttpResponse.BodyHandlers.discarding());
        return sessionCookie(username, response.statusCode(), response.headers().allValues("Set-Cookie"));
    }

    /** The login form of a seeded reviewer, as the login page posts it. */
    static String loginForm(String username) {
        return "anvandarnamn=" + encode(username) + "&losenord=" + encode(ReviewDataSeeder.PASSWORD);
    }

    /** The session cookie a login answered with, as a {@code Cookie} header value; fails if the login did. */
    static String sessionCookie(String username, int status, List<String> setCookies) {
        if (status != 200 && status != 303) {
            throw new IllegalStateException("login failed for " + username + ": " + status);
        }
        return setCookies.stream()
                .flatMap(header -> HttpCookie.parse(header).stream())
                .filter(cookie -> cookie.getName().equals(SESSION_COOKIE))
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no session cookie after login of " + username));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
