package se.webbgranskning.bench.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jdbi.v3.core.Jdbi;

/**
 * Saving scores over HTTP as the review screen does (a form POST with the CSRF token and the answer's version),
 * each writer on an item of a review of its own, one save after another: the latency of each acknowledged save.
 * wrk cannot do this, because every save must send the version the previous one returned.
 */
final class SaveLatency {

    record Result(String label, int saves, double savesPerSecond, double p50Millis, double p99Millis) {
    }

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

    private SaveLatency() {
    }

    static Result measure(String label, String base, String cookie, Jdbi jdbi, List<Long> reviewIds, String itemId,
                          int savesEach) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String token = csrfToken(client, base + "/granskning/" + reviewIds.get(0), cookie);
        Latencies latencies = new Latencies();
        ExecutorService writers = Executors.newFixedThreadPool(reviewIds.size());
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (long reviewId : reviewIds) {
                running.add(writers.submit(() -> {
                    int version = jdbi.withHandle(handle -> handle.createQuery(
                                    "SELECT version FROM review_item WHERE review_id = :id AND item_id = :item")
                            .bind("id", reviewId).bind("item", itemId).mapTo(Integer.class).one());
                    for (int n = 0; n < savesEach; n++) {
                        String form = "_csrf=" + BenchHttp.encode(token) + "&poang=" + (n % 2) + "&kommentar="
                                + BenchHttp.encode("Sparning " + n) + "&version=" + version;
                        long sent = System.nanoTime();
                        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(
                                        URI.create(base + "/granskning/" + reviewId + "/svar/" + itemId))
                                .header("Cookie", cookie)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                                HttpResponse.BodyHandlers.discarding());
                        latencies.add(System.nanoTime() - sent);
                        if (response.statusCode() != 303) {
                            throw new IllegalStateException("save answered " + response.statusCode());
                        }
                        version++;
                    }
                    return null;
                }));
            }
            for (Future<?> writer : running) {
                writer.get();
            }
        } finally {
            writers.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(label, latencies.count(), latencies.count() / seconds, latencies.percentileMillis(50),
                latencies.percentileMillis(99));
    }

    private static String csrfToken(HttpClient client, String page, String cookie) throws Exception {
        String html = client.send(HttpRequest.newBuilder(URI.create(page)).header("Cookie", cookie).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        Matcher token = CSRF.matcher(html);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on " + page);
        }
        return token.group(1);
    }
}
