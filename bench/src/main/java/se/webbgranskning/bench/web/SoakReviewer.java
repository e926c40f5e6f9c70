package se.webbgranskning.bench.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simulated reviewer: logged in with a session of their own, alternately reading one of their review screens
 * and saving a draft answer to one of its items, as the htmx page does, until a deadline. Remembers what the
 * server acknowledged for every item, so that the database can be checked afterwards. The reviewers share one
 * {@link SoakHttp} client (a connection each), each sending her own session cookie.
 */
final class SoakReviewer {

    /** What the server last acknowledged for an item: the comment carries the reviewer and a sequence number. */
    record Acknowledged(String username, String score, String comment) {
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"(\\d+)\"");
    private static final String[] SCORES = {"0", "1", "2"};

    private final SoakHttp client;
    private final String base;
    private final String username;
    private final List<Long> reviewIds;
    private final List<String> itemIds;
    private final Map<String, Acknowledged> acknowledged = new HashMap<>();
    private final Random random;
    private String cookie;
    private int sequence;
    private int failures;

    SoakReviewer(SoakHttp client, String base, String username, List<Long> reviewIds, List<String> itemIds,
                 long seed) {
        this.client = client;
        this.base = base;
        this.username = username;
        this.reviewIds = reviewIds;
        this.itemIds = itemIds;
        this.random = new Random(seed);
    }

    /**
     * Starts each of the reviewers' work on a thread of its own, all at once, and waits for all of them: the
     * reviewers are concurrent users, not a queue. A reviewer whose work throws is counted as failed.
     */
    static void eachAtOnce(List<SoakReviewer> reviewers, String phase, Work work) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (SoakReviewer reviewer : reviewers) {
            Thread thread = new Thread(() -> {
                try {
                    work.on(reviewer);
                } catch (Exception e) {
                    reviewer.failures++;
                    System.err.println(reviewer.username + " (" + phase + "): " + e);
                }
            }, phase + "-" + reviewer.username);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /** What {@link #eachAtOnce} has each reviewer do. */
    @FunctionalInterface
    interface Work {
        void on(SoakReviewer reviewer) throws Exception;
    }

    /**
     * Opens the reviewer's session. Done before any measured run: a login's Argon2 hash deliberately costs some
     * 19 MiB and tens of milliseconds of CPU, and twenty at once are a burst that a day of reviewing, who log in
     * once each, does not have.
     */
    void logIn() throws IOException {
        cookie = client.logIn(base, username);
    }

    /** Reads a screen and saves an answer on it, again and again until the deadline; records each latency. */
    void readAndSaveUntil(long deadlineNanos, Latencies reads, Latencies saves) throws Exception {
        while (System.nanoTime() < deadlineNanos) {
            long reviewId = reviewIds.get(random.nextInt(reviewIds.size()));
            long start = System.nanoTime();
            SoakHttp.Response screen = client.get(base + "/granskning/" + reviewId, cookie);
            reads.add(System.nanoTime() - start);
            if (screen.status() != 200) {
                failures++;
                continue;
            }
            String itemId = itemIds.get(random.nextInt(itemIds.size()));
            save(screen.body(), reviewId, itemId, saves);
        }
    }

    /**
     * Reads each of the reviewer's review screens once, as a reviewer opening her municipalities does; the first
     * opening of a snapshot computes its pre-check suggestions, which the app then keeps.
     */
    void openEachReviewOnce() throws IOException {
        for (long reviewId : reviewIds) {
            client.get(base + "/granskning/" + reviewId, cookie);
        }
    }

    private void save(String page, long reviewId, String itemId, Latencies saves) throws Exception {
        String score = SCORES[random.nextInt(SCORES.length)];
        String comment = username + " #" + ++sequence;
        String form = "_csrf=" + BenchHttp.encode(match(CSRF, page)) + "&poang=" + score + "&kommentar=" + BenchHttp.encode(comment)
                + "&version=" + version(page, itemId);
        long start = System.nanoTime();
        SoakHttp.Response saved = client.postForm(base + "/granskning/" + reviewId + "/svar/" + itemId, cookie,
                form);
        saves.add(System.nanoTime() - start);
        if (saved.status() == 200) {
            acknowledged.put(reviewId + "/" + itemId, new Acknowledged(username, score, comment));
        } else {
            failures++;
        }
    }

    /** The version field of one item, found by its literal id and read within its own tag, not by a page-wide scan. */
    private static String version(String page, String itemId) {
        int id = page.indexOf("id=\"version-" + itemId + "\"");
        if (id < 0) {
            throw new IllegalStateException("no version field for " + itemId);
        }
        int tagStart = page.lastIndexOf('<', id);
        int tagEnd = page.indexOf('>', id);
        return match(VALUE, page.substring(tagStart, tagEnd));
    }

    private static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("not found: " + pattern);
        }
        return m.group(1);
    }

    Map<String, Acknowledged> acknowledged() {
        return acknowledged;
    }

    int failures() {
        return failures;
    }
}
