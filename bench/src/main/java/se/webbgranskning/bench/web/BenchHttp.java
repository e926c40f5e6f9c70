package se.webbgranskning.bench.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** What the web benchmarks do over HTTP as a browser would: log in, and encode form fields. */
final class BenchHttp {

    private BenchHttp() {
    }

    /** Logs a seeded reviewer in; {@code client} must keep cookies, which then hold the session. */
    static void logIn(HttpClient client, String base, String username) throws Exception {
        String form = "anvandarnamn=" + encode(username) + "&losenord=" + encode(ReviewDataSeeder.PASSWORD);
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + "/logga-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200 && response.statusCode() != 303) {
            throw new IllegalStateException("login failed for " + username + ": " + response.statusCode());
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
