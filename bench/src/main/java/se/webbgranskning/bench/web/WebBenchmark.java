package se.webbgranskning.bench.web;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import io.javalin.Javalin;
import org.jdbi.v3.core.Jdbi;

import se.webbgranskning.app.db.Storage;
import se.webbgranskning.app.serve.AppServices;
import se.webbgranskning.municipality.MunicipalityRegistry;

/**
 * The review app under load: 290 municipalities × 31 items × 2 reviews in the database, and wrk with 32
 * connections against the review screen and the reviewer's list. The baseline, measured in the same run, is
 * the login page: the same server, templates and security checks, without the database work.
 * Usage: bench/web.sh [SECONDS] [CONNECTIONS]
 */
public final class WebBenchmark {

    private static final double TARGET_P99_MILLIS = 50;

    private WebBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        Path data = Files.createTempDirectory("wg-web-bench");
        AppServices services = AppServices.open(Storage.embedded(data), MunicipalityRegistry.bundled(), Clock.systemUTC());
        long seedStart = System.nanoTime();
        ReviewDataSeeder.Seeded seeded = ReviewDataSeeder.seed(services, 10);
        System.out.printf(Locale.ROOT, "Seeded %d municipalities × 31 items × 2 reviews in %.1f s%n",
                services.registry().all().size(), (System.nanoTime() - seedStart) / 1e9);
        Javalin app = services.webApp(false).start("127.0.0.1", 0);
        try {
            String base = "http://127.0.0.1:" + app.port();
            String cookie = logIn(base, seeded.reviewers().get(0).username());
            String review = base + "/granskning/" + seeded.sampleReviewId();
            List<WrkRun.Result> results = List.of(
                    measure("baseline: login page", base + "/logga-in", "", connections, seconds),
                    measure("reviewer list (/mina-kommuner)", base + "/mina-kommuner", cookie, connections, seconds),
                    measure("review screen", review, cookie, connections, seconds),
                    measure("review screen with a page", review + "?sida=" + seeded.samplePageId(), cookie,
                            connections, seconds));
            report(results, connections);
            reportSaves(measureSaves(base, cookie, services, seeded));
        } finally {
            app.stop();
        }
    }

    private static WrkRun.Result measure(String label, String url, String cookie, int connections, int seconds)
            throws Exception {
        WrkRun.run(label, url, cookie, connections, 5); // warm-up: JIT and caches, not measured
        return WrkRun.run(label, url, cookie, connections, seconds);
    }

    private static void report(List<WrkRun.Result> results, int connections) {
        WrkRun.Result baseline = results.get(0);
        System.out.printf(Locale.ROOT, "%n%-32s %10s %10s %10s %12s %10s%n", "endpoint (" + connections
                + " connections)", "req/s", "p50 ms", "p99 ms", "p99/baseline", "non-2xx");
        for (WrkRun.Result r : results) {
            System.out.printf(Locale.ROOT, "%-32s %10.0f %10.2f %10.2f %12.2f %10d%n", r.label(),
                    r.requestsPerSecond(), r.p50Millis(), r.p99Millis(), r.p99Millis() / baseline.p99Millis(),
                    r.non2xx());
        }
        boolean met = results.stream().skip(1).allMatch(r -> r.p99Millis() < TARGET_P99_MILLIS && r.non2xx() == 0);
        System.out.printf(Locale.ROOT, "%nTarget p99 < %.0f ms for the review screen and the reviewer list: %s%n",
                TARGET_P99_MILLIS, met ? "met" : "NOT met");
    }

    /**
     * Saves with the app's durable commits (every commit written to the file before it is acknowledged) and,
     * as the baseline in the same run, with H2's default of writing commits up to 500 ms later.
     */
    private static List<SaveLatency.Result> measureSaves(String base, String cookie, AppServices services,
                                                         ReviewDataSeeder.Seeded seeded) throws Exception {
        Jdbi jdbi = services.jdbi();
        List<Long> reviews = jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT review_id FROM review WHERE reviewer_id = :r ORDER BY review_id LIMIT 8")
                .bind("r", seeded.reviewers().get(0).id()).mapTo(Long.class).list());
        String item = jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT MIN(item_id) FROM review_item WHERE review_id = :id")
                .bind("id", reviews.get(0)).mapTo(String.class).one());
        SaveLatency.measure("warm-up", base, cookie, jdbi, reviews, item, 100);
        List<SaveLatency.Result> results = new java.util.ArrayList<>();
        for (int delay : new int[] {0, 500}) {
            jdbi.useHandle(handle -> handle.execute("SET WRITE_DELAY " + delay));
            String setting = delay == 0 ? "durable (WRITE_DELAY=0)" : "baseline (WRITE_DELAY=500)";
            results.add(SaveLatency.measure("1 writer,  " + setting, base, cookie, jdbi, reviews.subList(0, 1), item,
                    500));
            results.add(SaveLatency.measure("8 writers, " + setting, base, cookie, jdbi, reviews, item, 200));
        }
        jdbi.useHandle(handle -> handle.execute("SET WRITE_DELAY 0"));
        return results;
    }

    private static void reportSaves(List<SaveLatency.Result> results) {
        System.out.printf(Locale.ROOT, "%n%-40s %8s %10s %10s %10s%n", "saving a score (sequential per writer)",
                "saves", "saves/s", "p50 ms", "p99 ms");
        for (SaveLatency.Result r : results) {
            System.out.printf(Locale.ROOT, "%-40s %8d %10.0f %10.2f %10.2f%n", r.label(), r.saves(),
                    r.savesPerSecond(), r.p50Millis(), r.p99Millis());
        }
    }

    /** Logs in over HTTP as a browser would and returns the session cookie for wrk. */
    private static String logIn(String base, String username) throws Exception {
        return BenchHttp.logIn(HttpClient.newHttpClient(), base, username);
    }
}
