package se.webbgranskning.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.webbgranskning.app.web.WebClient;
import se.webbgranskning.crawl.fixture.FixtureOptions;
import se.webbgranskning.crawl.fixture.FixtureSite;
import se.webbgranskning.crawl.fixture.FixtureWeb;

/**
 * The README's main command, {@code demo}, from the packaged jar in a separate JVM: it crawls the bundled
 * fixture web, prints the URL and passwords, and a printed reviewer finds real snapshots to review. Other
 * commands run on its data directory while it serves, a backup among them.
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

            // A second program on the same data directory goes through the running app's database server
            Path data = directory.resolve("demo");
            String accounts = runJar("users", "list", "--data", data.toString());
            assertThat(accounts).contains("granskare1");

            // a crawl too, whose rounds the archive check then finds intact
            try (FixtureWeb web = FixtureWeb.start(new FixtureOptions(0, Duration.ofSeconds(2)))) {
                FixtureSite site = web.site("norrvik");
                assertThat(runJar("crawl", "--data", data.toString(), "--allow-local", "--resolve",
                        "*.test=127.0.0.1", "--delay", "20ms", "--timeout", "1s",
                        "--site", site.code() + "=" + site.startUrl())).contains(site.code());
            }
            assertThat(runJar("verify", "--data", data.toString())).contains("Inga fel");

            // and a backup taken while the app runs restores into a directory that verifies and serves
            Path backup = directory.resolve("backup");
            assertThat(runJar("backup", "--to", backup.toString(), "--data", data.toString()))
                    .contains("Säkerhetskopian är skriven till");
            Path restored = directory.resolve("restored");
            assertThat(runJar("restore", "--from", backup.toString(), "--data", restored.toString()))
                    .contains("är återställd till");
            assertThat(runJar("verify", "--data", restored.toString())).contains("Inga fel");
            assertThat(runJar("users", "list", "--data", restored.toString())).contains("granskare1");
            assertThat(reviewer.get("/mina-kommuner").statusCode()).isEqualTo(200);
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Runs the jar with these arguments in a JVM of its own; returns its output, failing unless it exits 0. */
    private static String runJar(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", arguments) + ":\n" + output).isZero();
        return output;
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
