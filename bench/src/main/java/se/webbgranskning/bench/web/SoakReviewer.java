package se.webbgranskning.bench.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simulated reviewer: logged in with a session of their own, alternately reading one of their review screens
 * and saving a draft answer to one of its items, as the htmx page does, until the deadline. Remembers what the
 * server acknowledged for every item, so that the database can be checked afterwards. The reviewers share one
 * {@link SoakHttp} client (a connection each), each sending her own session cookie.
 */
final class SoakReviewer implements Runnable {

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
    private final long deadlineNanos;
    private final Latencies reads;
    private final Latencies saves;
    private final Map<String, Acknowledged> acknowledged = new HashMap<>();
    private final Random random;
    private int failures;

    SoakReviewer(SoakHttp client, String base, String username, List<Long> reviewIds, List<String> itemIds,
                 long deadlineNanos, Latencies reads, Latencies saves, long seed) {
        this.client = client;
        this.base = base;
        this.username = username;
        this.reviewIds = reviewIds;
        this.itemIds = itemIds;
        this.deadlineNanos = deadlineNanos;
        this.reads = reads;
        this.saves = saves;
        this.random = new Random(seed);
    }

    @Override
    public void run() {
        try {
            String cookie = client.logIn(base, username);
            int sequence = 0;
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
                save(cookie, screen.body(), reviewId, itemId, ++sequence);
            }
        } catch (Exception e) {
            failures++;
            System.err.println(username + ": " + e);
        }
    }

    /**
     * Reads each of the reviewer's review screens once, as a reviewer opening her municipalities does; the first
     * opening of a snapshot computes its pre-check suggestions, which the app then keeps.
     */
    void openEachReviewOnce() {
        try {
            String cookie = client.logIn(base, username);
            for (long reviewId : reviewIds) {
                client.get(base + "/granskning/" + reviewId, cookie);
            }
        } catch (Exception e) {
            failures++;
            System.err.println(username + ": " + e);
        }
    }

    private void save(String cookie, String page, long reviewId, String itemId, int sequence) throws Exception {
        String score = SCORES[random.nextInt(SCORES.length)];
        String comment = username + " #" + sequence;
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
