package se.webbgranskning.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.webbgranskning.app.db.TestDatabases;
import se.webbgranskning.app.web.WebClient;

/**
 * The packaged jar with a configuration file, environment overrides and (when the test run has a server)
 * PostgreSQL: what {@code serve} prints at start, and that bad configuration stops it before anything starts.
 */
class ConfigurationJarIT {

    private static final Path JAR = Path.of("target", "webbgranskning.jar");
    private static final Pattern URL = Pattern.compile("körs på (http://127\\.0\\.0\\.1:\\d+)/");
    private static final Pattern PASSWORD = Pattern.compile("Lösenord: (\\S+)");

    @TempDir
    Path directory;

    private ProcessBuilder jar(Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("WEBBGRANSKNING_"));
        builder.environment().putAll(environment);
        return builder;
    }

    private static String finish(Process process) throws Exception {
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void servePrintsTheEffectiveConfigurationWithTheSecretsMasked() throws Exception {
        Path data = directory.resolve("data");
        Path config = directory.resolve("webbgranskning.properties");
        Files.writeString(config, "data = data\nserver.port = 0\nproxy.trusted = 127.0.0.1\n");

        Process serve = jar(Map.of("WEBBGRANSKNING_DB_PASSWORD", "hemligt-lösenord-42"),
                "serve", "--config", config.toString()).start();
        try {
            String output = String.join("\n", readUntil(serve, "Granskningsappen körs på"));

            assertThat(output).contains("Inställningar (konfigurationsfil " + config + "):",
                    "data                   = " + data + "  (konfigurationsfilen)",
                    "server.port            = 0  (konfigurationsfilen)",
                    "proxy.trusted          = 127.0.0.1  (konfigurationsfilen)",
                    "db.password            = ******  (miljövariabel WEBBGRANSKNING_DB_PASSWORD)",
                    "db.url                 = jdbc:h2:file:" + data.resolve("webbgranskning") + "  (standard)");
            assertThat(output).doesNotContain("hemligt-lösenord-42");
            Matcher url = URL.matcher(output);
            assertThat(url.find()).as(output).isTrue();
            assertThat(get(url.group(1) + "/health").statusCode()).isEqualTo(200);
        } finally {
            serve.destroy();
            serve.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void badConfigurationStopsServeBeforeAnythingStarts() throws Exception {
        Path data = directory.resolve("data");
        Path config = directory.resolve("fel.properties");
        Files.writeString(config, "server.port = 0\nserver.prot = 8080\n");

        Process serve = jar(Map.of(), "serve", "--config", config.toString(), "--data", data.toString()).start();
        String output = finish(serve);

        assertThat(serve.exitValue()).isEqualTo(2);
        assertThat(output).contains("Konfigurationsfilen " + config + ", rad 2: okänd nyckel 'server.prot'");
        assertThat(data).doesNotExist();

        Process badEnvironment = jar(Map.of("WEBBGRANSKNING_DB_POOL_SIZE", "0"), "serve", "--data", data.toString())
                .start();
        assertThat(finish(badEnvironment)).contains("Miljövariabeln WEBBGRANSKNING_DB_POOL_SIZE: db.pool-size måste"
                + " vara ett heltal 1–200");
        assertThat(badEnvironment.exitValue()).isEqualTo(2);
    }

    @Test
    void theDemoRefusesADatabaseSettingInsteadOfFillingARealDatabase() throws Exception {
        Process demo = jar(Map.of("WEBBGRANSKNING_DB_URL", "jdbc:postgresql://127.0.0.1:1/riktig"),
                "demo", "--port", "0", "--data", directory.resolve("demo").toString()).start();

        assertThat(finish(demo)).contains("Demon använder alltid en egen inbyggd databas",
                "miljövariabel WEBBGRANSKNING_DB_URL");
        assertThat(demo.exitValue()).isEqualTo(2);
        assertThat(directory.resolve("demo")).doesNotExist();
    }

    @Test
    void anUnreachableServerIsASwedishFailure() throws Exception {
        Process users = jar(Map.of(), "users", "list", "--db", "jdbc:postgresql://127.0.0.1:1/ingen").start();

        assertThat(finish(users)).contains("Databasen jdbc:postgresql://127.0.0.1:1/ingen kunde inte nås",
                "Kontrollera db.url, db.user och db.password");
        assertThat(users.exitValue()).isEqualTo(1);
    }

    @Test
    void theJarRunsOnPostgreSqlWithTheLoginFromTheEnvironment() throws Exception {
        assumeTrue(TestDatabases.serverUrl().isPresent(), "the PostgreSQL half of the tests (README) needs a server");
        String url = TestDatabases.freshSchemaUrl();
        Map<String, String> login = Map.of("WEBBGRANSKNING_DB_USER", TestDatabases.serverLogin().get(0),
                "WEBBGRANSKNING_DB_PASSWORD", TestDatabases.serverLogin().get(1));
        Path data = directory.resolve("data");

        Process add = jar(login, "users", "add", "chefen", "--role", "admin", "--db", url, "--data", data.toString())
                .start();
        String added = finish(add);
        assertThat(add.exitValue()).as(added).isZero();
        Matcher password = PASSWORD.matcher(added);
        assertThat(password.find()).as(added).isTrue();
        assertThat(data.resolve("webbgranskning.mv.db")).as("no H2 file beside it").doesNotExist();

        Process serve = jar(login, "serve", "--port", "0", "--db", url, "--data", data.toString()).start();
        try {
            String output = String.join("\n", readUntil(serve, "Granskningsappen körs på"));
            assertThat(output).contains("db.url                 = " + url + "  (kommandoraden)");
            Matcher served = URL.matcher(output);
            assertThat(served.find()).as(output).isTrue();
            HttpResponse<String> health = get(served.group(1) + "/health");
            assertThat(health.body()).contains("\"database\":{\"ok\":true}");
            WebClient admin = WebClient.forUrl(served.group(1));
            admin.logIn("chefen", password.group(1));
            assertThat(admin.get("/admin").statusCode()).isEqualTo(200);
        } finally {
            serve.destroy();
            serve.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The process's lines up to and including the first that starts with {@code last}, within a minute. */
    private static List<String> readUntil(Process process, String last) throws Exception {
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                    if (line.startsWith(last)) {
                        return;
                    }
                }
            } catch (IOException e) {
                // the process ended; the assertions report what was read
            }
        });
        reader.start();
        reader.join(TimeUnit.SECONDS.toMillis(60));
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }
}
