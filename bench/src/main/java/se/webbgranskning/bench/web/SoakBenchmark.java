package se.webbgranskning.bench.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.javalin.Javalin;

import se.webbgranskning.app.db.Storage;
import se.webbgranskning.app.serve.AppServices;
import se.webbgranskning.checklist.BundledChecklists;
import se.webbgranskning.checklist.Item;
import se.webbgranskning.municipality.MunicipalityRegistry;

/**
 * A soak test of the review app: a full year's data (290 municipalities × 2 reviews), and REVIEWERS simulated
 * reviewers at once for SECONDS, each reading one of their review screens and saving a draft answer, in turn,
 * as fast as the server answers. Prints requests/s, p50/p99 of saves and reads, and then checks every answer the
 * server acknowledged against the database: a lost update (the database holds something else) or a misattributed
 * one (saved under another reviewer's name) is counted; both must be 0. The baseline, measured in the same run
 * by the same reviewers, is the review screen read: saves are reported as a ratio to it. The reviewers run in a
 * JVM of their own ({@link SoakClients}), as browsers do, on the same two cores.
 * Runs on the embedded H2 database, then, when {@code WEBBGRANSKNING_BENCH_PG_URL} (with {@code _USER} and
 * {@code _PASSWORD}) names a PostgreSQL database, once more on a fresh schema there.
 * Usage: bench/soak.sh [SECONDS] [REVIEWERS]   (defaults: 30 s, 20 reviewers)
 */
public final class SoakBenchmark {

    private static final double TARGET_SAVE_P99_MILLIS = 100;

    private SoakBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int reviewerCount = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path data = Files.createTempDirectory("wg-soak-bench");
        soak(Storage.embedded(data), "the embedded H2 database", seconds, reviewerCount);
        String postgres = System.getenv("WEBBGRANSKNING_BENCH_PG_URL");
        if (postgres != null && !postgres.isBlank()) {
            Path pgData = Files.createTempDirectory("wg-soak-bench-pg");
            soak(new Storage(pgData, BenchPostgres.freshSchema(postgres, pgData)), "PostgreSQL", seconds,
                    reviewerCount);
        }
    }

    private static void soak(Storage storage, String database, int seconds, int reviewerCount) throws Exception {
        AppServices services = AppServices.open(storage, MunicipalityRegistry.bundled(), Clock.systemUTC());
        ReviewDataSeeder.Seeded seeded = ReviewDataSeeder.seed(services, reviewerCount);
        List<String> items = BundledChecklists.load("delindex1-2026").orElseThrow().items().stream()
                .map(Item::id).toList();
        Javalin app = services.webApp(false).start("127.0.0.1", 0);
        try {
            String base = "http://127.0.0.1:" + app.port();
            Map<Long, List<Long>> reviewsOf = reviewsByReviewer(services, seeded);
            long warmStart = System.nanoTime();
            openEveryReviewOnce(base, seeded, reviewsOf);
            System.out.printf(Locale.ROOT, "Every review screen opened once (each snapshot's pre-check computed and"
                    + " kept, as at a reviewer's first opening) in %.1f s%n", (System.nanoTime() - warmStart) / 1e9);
            Run soak = run(base, seeded, reviewsOf, items, seconds);
            Problems problems = check(services, soak);
            report(soak, seconds, reviewerCount, database, problems);
        } finally {
            app.stop();
        }
    }

    private record Run(Latencies reads, Latencies saves, Map<String, SoakReviewer.Acknowledged> acknowledged,
                       int failures) {
    }

    private record Problems(int checked, int lost, int misattributed, int failures) {
    }

    /**
     * Runs the simulated reviewers in a JVM of their own (see {@link SoakClients}): all log in, then a 5 s warm-up,
     * neither measured, then SECONDS measured; reads back what they measured and what the server acknowledged to them.
     */
    private static Run run(String base, ReviewDataSeeder.Seeded seeded, Map<Long, List<Long>> reviewsOf,
                           List<String> items, int seconds) throws Exception {
        Path work = Files.createTempDirectory("wg-soak-clients");
        Path assignments = work.resolve("assignments.txt");
        Path results = work.resolve("results.tsv");
        SoakClients.writeAssignments(assignments, items, seeded.reviewers().stream()
                .map(user -> new SoakClients.Assignment(user.username(), reviewsOf.get(user.id()))).toList());
        Process clients = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SoakClients.class.getName(), base,
                String.valueOf(seconds), "5", assignments.toString(), results.toString())
                .inheritIO().start();
        if (!clients.waitFor(seconds + 300L, TimeUnit.SECONDS) || clients.exitValue() != 0) {
            clients.destroyForcibly();
            throw new IllegalStateException("the simulated reviewers' process failed; see its output above");
        }
        Latencies reads = new Latencies();
        Latencies saves = new Latencies();
        Map<String, SoakReviewer.Acknowledged> acknowledged = new HashMap<>();
        int failures = 0;
        for (String line : Files.readAllLines(results)) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "read" -> reads.add(Long.parseLong(f[1]));
                case "save" -> saves.add(Long.parseLong(f[1]));
                case "failures" -> failures += Integer.parseInt(f[1]);
                case "ack" -> acknowledged.put(f[1], new SoakReviewer.Acknowledged(f[2], f[3], f[4]));
                default -> throw new IllegalStateException("unexpected line in " + results + ": " + line);
            }
        }
        return new Run(reads, saves, acknowledged, failures);
    }

    private static void openEveryReviewOnce(String base, ReviewDataSeeder.Seeded seeded,
                                            Map<Long, List<Long>> reviewsOf) throws InterruptedException, IOException {
        try (SoakHttp client = new SoakHttp(seeded.reviewers().size())) {
            List<SoakReviewer> reviewers = seeded.reviewers().stream().map(user -> new SoakReviewer(client, base,
                    user.username(), reviewsOf.get(user.id()), List.of(), 0)).toList();
            SoakReviewer.eachAtOnce(reviewers, "open", reviewer -> {
                reviewer.logIn();
                reviewer.openEachReviewOnce();
            });
        }
    }

    private static Map<Long, List<Long>> reviewsByReviewer(AppServices services, ReviewDataSeeder.Seeded seeded) {
        Map<Long, List<Long>> reviews = new HashMap<>();
        services.jdbi().useHandle(handle -> handle.createQuery(
                        "SELECT reviewer_id, review_id FROM review WHERE review_round_id = :round ORDER BY review_id")
                .bind("round", seeded.round().reviewRoundId())
                .map((rs, ctx) -> Map.entry(rs.getLong("reviewer_id"), rs.getLong("review_id")))
                .forEach(e -> reviews.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue())));
        return reviews;
    }

    /** Every acknowledged answer, read back: the last one a reviewer was told was saved must be what is stored. */
    private static Problems check(AppServices services, Run soak) {
        int checked = 0;
        int lost = 0;
        int misattributed = 0;
        for (Map.Entry<String, SoakReviewer.Acknowledged> entry : soak.acknowledged().entrySet()) {
            String[] key = entry.getKey().split("/");
            Map<String, Object> stored = services.jdbi().withHandle(handle -> handle.createQuery(
                            "SELECT score, comment, updated_by FROM review_item WHERE review_id = :id AND item_id = :item")
                    .bind("id", Long.parseLong(key[0])).bind("item", key[1]).mapToMap().one());
            SoakReviewer.Acknowledged expected = entry.getValue();
            checked++;
            if (!expected.score().equals(stored.get("score")) || !expected.comment().equals(stored.get("comment"))) {
                lost++;
            }
            if (!expected.username().equals(stored.get("updated_by"))) {
                misattributed++;
            }
        }
        return new Problems(checked, lost, misattributed, soak.failures());
    }

    private static void report(Run soak, int seconds, int reviewers, String database, Problems problems) {
        int requests = soak.reads().count() + soak.saves().count();
        System.out.printf(Locale.ROOT, "%nSoak: %d reviewers for %d s on %s%n", reviewers, seconds, database);
        System.out.printf(Locale.ROOT, "%-22s %10s %10s %10s%n", "", "requests", "p50 ms", "p99 ms");
        System.out.printf(Locale.ROOT, "%-22s %10d %10.2f %10.2f%n", "review screen (read)", soak.reads().count(),
                soak.reads().percentileMillis(50), soak.reads().percentileMillis(99));
        System.out.printf(Locale.ROOT, "%-22s %10d %10.2f %10.2f%n", "save draft answer", soak.saves().count(),
                soak.saves().percentileMillis(50), soak.saves().percentileMillis(99));
        System.out.printf(Locale.ROOT, "Throughput: %.0f requests/s; save p99 / read p99: %.2f%n",
                requests / (double) seconds, soak.saves().percentileMillis(99) / soak.reads().percentileMillis(99));
        System.out.printf(Locale.ROOT, "Acknowledged answers checked: %d; lost: %d; misattributed: %d; failed"
                + " requests: %d%n", problems.checked(), problems.lost(), problems.misattributed(), problems.failures());
        boolean met = soak.saves().percentileMillis(99) < TARGET_SAVE_P99_MILLIS && problems.lost() == 0
                && problems.misattributed() == 0 && problems.failures() == 0;
        System.out.printf(Locale.ROOT, "Target p99 save < %.0f ms with no lost or misattributed update: %s%n",
                TARGET_SAVE_P99_MILLIS, met ? "met" : "NOT met");
    }
}
