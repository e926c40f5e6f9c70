package se.webbgranskning.bench.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The simulated reviewers of the soak benchmark, in a JVM of their own as browsers are: sharing the server's heap,
 * their garbage (whole pages read by twenty HTTP clients) would make the server's collections more frequent and
 * be measured as the server's latency. They still share the machine's two cores, as in every benchmark here.
 * Reads the assignments written by {@link SoakBenchmark}, logs every reviewer in, runs a warm-up and then the measured
 * run (so that neither the logins nor the first requests' JIT compiling are measured), and writes every
 * latency and every answer acknowledged in either run to the results file for the benchmark to report and check.
 * Usage (by {@link SoakBenchmark} only): SoakClients BASE_URL SECONDS WARM_UP_SECONDS ASSIGNMENTS RESULTS
 */
public final class SoakClients {

    /** One reviewer's share: her username and the reviews she may read and save. */
    record Assignment(String username, List<Long> reviewIds) {
    }

    private SoakClients() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int seconds = Integer.parseInt(args[1]);
        int warmUp = Integer.parseInt(args[2]);
        List<String> lines = Files.readAllLines(Path.of(args[3]), StandardCharsets.UTF_8);
        List<String> items = List.of(lines.get(0).split(" "));
        List<Assignment> assignments = lines.subList(1, lines.size()).stream().map(SoakClients::assignment).toList();
        try (SoakHttp client = new SoakHttp(assignments.size())) {
            List<SoakReviewer> reviewers = new ArrayList<>();
            for (Assignment assignment : assignments) {
                reviewers.add(new SoakReviewer(client, base, assignment.username(), assignment.reviewIds(), items,
                        reviewers.size() + 1));
            }
            SoakReviewer.eachAtOnce(reviewers, "login", SoakReviewer::logIn);
            long warmUpEnd = deadline(warmUp); // JIT and caches, not measured
            SoakReviewer.eachAtOnce(reviewers, "warm-up",
                    reviewer -> reviewer.readAndSaveUntil(warmUpEnd, new Latencies(), new Latencies()));
            Latencies reads = new Latencies();
            Latencies saves = new Latencies();
            long end = deadline(seconds);
            SoakReviewer.eachAtOnce(reviewers, "soak", reviewer -> reviewer.readAndSaveUntil(end, reads, saves));
            writeResults(Path.of(args[4]), reads, saves, reviewers);
        }
    }

    static void writeAssignments(Path file, List<String> items, List<Assignment> assignments) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(" ", items));
        for (Assignment assignment : assignments) {
            lines.add(assignment.username() + " " + String.join(" ",
                    assignment.reviewIds().stream().map(String::valueOf).toList()));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static Assignment assignment(String line) {
        String[] fields = line.split(" ");
        return new Assignment(fields[0], Arrays.stream(fields, 1, fields.length).map(Long::valueOf).toList());
    }

    private static long deadline(int seconds) {
        return System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    }

    /** Tab-separated lines: {@code read NANOS}, {@code save NANOS}, {@code failures N} and one per answer. */
    private static void writeResults(Path file, Latencies reads, Latencies saves, List<SoakReviewer> reviewers)
            throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            reads.forEach(nanos -> out.println("read\t" + nanos));
            saves.forEach(nanos -> out.println("save\t" + nanos));
            for (SoakReviewer reviewer : reviewers) {
                out.println("failures\t" + reviewer.failures());
                for (Map.Entry<String, SoakReviewer.Acknowledged> answer : reviewer.acknowledged().entrySet()) {
                    SoakReviewer.Acknowledged ack = answer.getValue();
                    out.println("ack\t" + answer.getKey() + "\t" + ack.username() + "\t" + ack.score() + "\t"
                            + ack.comment());
                }
            }
        }
    }
}
