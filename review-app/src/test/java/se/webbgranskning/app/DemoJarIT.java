package se.webbgranskning.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.webbgranskning.app.web.WebClient;

/**
 * The README's main command, {@code demo}, from the packaged jar in a separate JVM: it crawls the bundled
 * fixture web, prints the URL and passwords, and a printed reviewer finds real snapshots to review.
 */
class DemoJarIT {

    private static final Path JAR = Path.of("target", "webbgranskning.jar");
    private static final Pattern URL = Pattern.compile("körs på (http://127\\.0\\.0\\.1:\\d+)/");
    private static final Pattern REVIEWER = Pattern.compile("granskare1\\s+Granskare\\s+lösenord: (\\S+)");

    @TempDir
    Path directory;

    @Test
    void theDemoServesSnapshotsToReviewWithinAMinute() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "demo", "--port", "0", "--data", directory.resolve("demo").toString())
                .redirectErrorStream(true).start();
        try {
            List<String> output = readUntilReady(process);
            String text = String.join("\n", output);
            Matcher url = URL.matcher(text);
            Matcher password = REVIEWER.matcher(text);
            assertThat(url.find()).as(text).isTrue();
            assertThat(password.find()).as(text).isTrue();
            assertThat(text).as("the effective configuration").contains("Inställningar (ingen konfigurationsfil):")
                    .contains("db.url                 = jdbc:h2:file:"
                            + directory.resolve("demo").toAbsolutePath().normalize().resolve("webbgranskning"))
                    .contains("server.port            = 0  (kommandoraden)");

            WebClient reviewer = WebClient.forUrl(url.group(1));
            reviewer.logIn("granskare1", password.group(1));
            String mine = reviewer.get("/mina-kommuner").body();
            String firstReview = Jsoup.parse(mine).selectFirst("tbody a").attr("href");
            assertThat(Jsoup.parse(reviewer.get(firstReview).body()).select(".page-list li")).isNotEmpty();

            // A second program on the same data directory is refused at once, and the running app is unharmed
            Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", JAR.toString(), "users", "list", "--data", directory.resolve("demo").toString())
                    .redirectErrorStream(true).start();
            assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String refusal = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(second.exitValue()).as(refusal).isEqualTo(1);
            assertThat(refusal).contains("Kör inte två program mot samma datakatalog samtidigt");
            assertThat(reviewer.get("/mina-kommuner").statusCode()).isEqualTo(200);
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The demo's lines up to the one that says how to stop it, within a minute. */
    private static List<String> readUntilReady(Process process) throws Exception {
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                    if (line.startsWith("Avsluta med Ctrl+C")) {
                        return;
                    }
                }
            } catch (java.io.IOException e) {
                // the process ended; the assertions below report what was read
            }
        });
        reader.start();
        reader.join(TimeUnit.SECONDS.toMillis(60));
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }
}
