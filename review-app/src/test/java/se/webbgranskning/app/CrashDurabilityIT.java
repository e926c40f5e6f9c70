package se.webbgranskning.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jdbi.v3.core.Jdbi;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.webbgranskning.app.db.Database;
import se.webbgranskning.app.db.DatabaseSettings;
import se.webbgranskning.app.web.WebClient;

/**
 * The server killed with SIGKILL ({@link Process#destroyForcibly()}) right after it acknowledged a saved score:
 * after a restart the score is there, and so is every other acknowledged save; saves that were still in flight
 * are either wholly there (answer, scored count and audit line) or wholly absent.
 */
class CrashDurabilityIT {

    private static final Path JAR = Path.of("target", "webbgranskning.jar");
    private static final Pattern URL = Pattern.compile("körs på (http://127\\.0\\.0\\.1:\\d+)");
    private static final Pattern REVIEWER = Pattern.compile("granskare1\\s+Granskare\\s+lösenord: (\\S+)");
    private static final String ACKNOWLEDGED = "Kvitterat precis före SIGKILL";

    @TempDir
    Path directory;

    /** One item's save form on the review screen. */
    private record ItemForm(String itemId, String action, String score, int version) {
    }

    @Test
    void anAcknowledgedSaveSurvivesSigkillAndInFlightSavesAreAllOrNothing() throws Exception {
        Path data = directory.resolve("demo");
        Process demo = start("demo", "--port", "0", "--data", data.toString());
        String review;
        String password;
        ItemForm target;
        Map<String, Integer> acknowledgedVersions = new ConcurrentHashMap<>();
        try {
            String text = readUntil(demo, "demo", "Avsluta med Ctrl+C");
            Matcher url = URL.matcher(text);
            Matcher reviewer = REVIEWER.matcher(text);
            assertThat(url.find()).as(text).isTrue();
            assertThat(reviewer.find()).as(text).isTrue();
            password = reviewer.group(1);
            WebClient client = WebClient.forUrl(url.group(1));
            client.logIn("granskare1", password);
            review = Jsoup.parse(client.get("/mina-kommuner").body()).selectFirst("tbody a").attr("href");
            List<ItemForm> forms = itemForms(client.get(review).body());
            assertThat(forms).hasSizeGreaterThan(3);
            target = forms.get(0);

            // Other saves keep the server busy writing while it is killed: some acknowledged, some in flight
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                WebClient writerClient = WebClient.forUrl(url.group(1));
                writerClient.logIn("granskare1", password);
                writerClient.get(review);
                ItemForm form = forms.get(1 + w);
                writers.add(new Thread(() -> keepSaving(writerClient, form, acknowledgedVersions)));
            }
            writers.forEach(Thread::start);
            Thread.sleep(300);

            var response = client.postForm(target.action(),
                    Map.of("poang", target.score(), "kommentar", ACKNOWLEDGED,
                            "version", Integer.toString(target.version())));
            demo.destroyForcibly(); // SIGKILL at once after the acknowledgement
            assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
            assertThat(demo.waitFor(30, TimeUnit.SECONDS)).isTrue();
            for (Thread writer : writers) {
                writer.join(TimeUnit.SECONDS.toMillis(30));
            }
            assertThat(acknowledgedVersions).as("saves acknowledged before the kill").isNotEmpty();
        } finally {
            demo.destroyForcibly();
            demo.waitFor(10, TimeUnit.SECONDS);
        }

        Process serve = start("serve", "--port", "0", "--data", data.toString());
        try {
            Matcher url = URL.matcher(readUntil(serve, "serve", "Avsluta med Ctrl+C"));
            assertThat(url.find()).isTrue();
            WebClient client = WebClient.forUrl(url.group(1));
            client.logIn("granskare1", password);
            Document screen = Jsoup.parse(client.get(review).body());
            Element saved = screen.getElementById("fraga-" + target.itemId());
            assertThat(saved.select("textarea[name=kommentar]").text()).isEqualTo(ACKNOWLEDGED);
            assertThat(saved.select("input[name=poang][checked]").attr("value")).isEqualTo(target.score());
            for (var acknowledged : acknowledgedVersions.entrySet()) {
                ItemForm now = itemForms(screen.outerHtml()).stream()
                        .filter(form -> form.itemId().equals(acknowledged.getKey())).findFirst().orElseThrow();
                assertThat(now.version()).as("item %s", acknowledged.getKey())
                        .isGreaterThanOrEqualTo(acknowledged.getValue());
            }
        } finally {
            serve.destroy(); // a normal stop, so that this JVM can open the database below
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        assertEveryAnswerIsWhole(Database.open(DatabaseSettings.embedded(data)));
    }

    /** Each stored answer's version counts its saves, and each save wrote one audit line in the same transaction. */
    private static void assertEveryAnswerIsWhole(Jdbi jdbi) {
        jdbi.useHandle(handle -> {
            List<Map<String, Object>> torn = handle.createQuery("""
                    SELECT i.review_id, i.item_id, i.version,
                           (SELECT COUNT(*) FROM audit_log a WHERE a.action = 'svar sparat'
                             AND a.subject = CONCAT('granskning ', i.review_id) AND a.item_id = i.item_id) AS audited
                    FROM review_item i""").mapToMap().list().stream()
                    .filter(row -> ((Number) row.get("version")).longValue() != ((Number) row.get("audited")).longValue())
                    .toList();
            assertThat(torn).as("answers whose audit lines do not match their saves").isEmpty();
            List<Map<String, Object>> miscounted = handle.createQuery("""
                    SELECT r.review_id, r.scored_items FROM review r
                    WHERE r.scored_items <> (SELECT COUNT(*) FROM review_item i
                                             WHERE i.review_id = r.review_id AND i.score IS NOT NULL)""")
                    .mapToMap().list();
            assertThat(miscounted).as("reviews whose scored count disagrees with their answers").isEmpty();
        });
    }

    /** Saves one item again and again until the server goes away, remembering each acknowledged version. */
    private static void keepSaving(WebClient client, ItemForm form, Map<String, Integer> acknowledged) {
        int version = form.version();
        try {
            for (int n = 0; n < 100_000; n++) {
                var response = client.postForm(form.action(), Map.of("poang", form.score(),
                        "kommentar", "Sparning " + n, "version", Integer.toString(version)));
                if (response.statusCode() != 303) {
                    return;
                }
                version++;
                acknowledged.put(form.itemId(), version);
            }
        } catch (UncheckedIOException | IllegalStateException serverGone) {
            // the server was killed with this save in flight: it is either wholly stored or not at all
        }
    }

    private static List<ItemForm> itemForms(String html) {
        return Jsoup.parse(html).select("form.item-form").stream()
                .map(form -> new ItemForm(form.parent().attr("data-item"), form.attr("action"),
                        form.select("input[name=poang]").first().attr("value"),
                        Integer.parseInt(form.select("input[name=version]").attr("value"))))
                .toList();
    }

    private Process start(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        // to a file, not a pipe: nobody reads a pipe once the app is up, and a full pipe would stall its logging
        Path output = directory.resolve(args[0] + "-output.txt");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    /** The command's output up to the line that contains {@code marker}, waiting up to two minutes for it. */
    private String readUntil(Process process, String command, String marker) throws Exception {
        Path output = directory.resolve(command + "-output.txt");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        String text = "";
        while (System.nanoTime() < deadline && process.isAlive()) {
            text = Files.readString(output, StandardCharsets.UTF_8);
            if (text.contains(marker)) {
                return text;
            }
            Thread.sleep(200);
        }
        return Files.readString(output, StandardCharsets.UTF_8);
    }
}
