package se.webbgranskning.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.webbgranskning.app.cli.CliFailure;
import se.webbgranskning.app.db.DatabaseSettings;

class ConfigurationLoaderTest {

    @TempDir
    Path directory;

    private Path file(String name, String... lines) throws IOException {
        Path file = directory.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private Configuration load(Map<ConfigKey, String> options, Path file, Map<String, String> environment) {
        return ConfigurationLoader.load(options, Optional.ofNullable(file), environment);
    }

    @Test
    void withNothingGivenEveryKeyHasItsDefaultAndTheDatabaseIsEmbedded() {
        Configuration configuration = load(Map.of(ConfigKey.DATA, directory.resolve("data").toString()), null,
                Map.of());

        assertThat(configuration.file()).isEmpty();
        assertThat(configuration.serverPort()).isEqualTo(7070);
        assertThat(configuration.serverHost()).isEqualTo("127.0.0.1");
        assertThat(configuration.secureCookies()).isFalse();
        assertThat(configuration.trustedProxies().isEmpty()).isTrue();
        DatabaseSettings database = configuration.database();
        assertThat(database.embedded()).isTrue();
        assertThat(database.url()).isEqualTo("jdbc:h2:file:" + directory.resolve("data").resolve("webbgranskning"));
    }

    @Test
    void anOptionBeatsTheEnvironmentWhichBeatsTheFileWhichBeatsTheDefault() throws IOException {
        Path config = file("etc/webbgranskning.properties",
                "# comment", "server.port = 8001", "server.host = 10.0.0.5", "db.pool-size = 7");
        Map<String, String> environment = Map.of("WEBBGRANSKNING_SERVER_PORT", "8002",
                "WEBBGRANSKNING_SERVER_HOST", "0.0.0.0");

        Configuration configuration = load(Map.of(ConfigKey.SERVER_PORT, "8003"), config, environment);

        assertThat(configuration.serverPort()).isEqualTo(8003);
        assertThat(configuration.setting(ConfigKey.SERVER_PORT).source()).isEqualTo(ConfigSource.OPTION);
        assertThat(configuration.serverHost()).isEqualTo("0.0.0.0");
        assertThat(configuration.setting(ConfigKey.SERVER_HOST).origin())
                .isEqualTo("miljövariabel WEBBGRANSKNING_SERVER_HOST");
        assertThat(configuration.database().poolSize()).isEqualTo(7);
        assertThat(configuration.setting(ConfigKey.DB_POOL_SIZE).source()).isEqualTo(ConfigSource.FILE);
        assertThat(configuration.setting(ConfigKey.SERVER_SECURE_COOKIES).source()).isEqualTo(ConfigSource.DEFAULT);
    }

    @Test
    void theDatabaseComesFromFileAndEnvironmentWithUserAndPassword() throws IOException {
        Path config = file("wg.properties", "db.url = jdbc:postgresql://db.example:5432/wg", "db.user = granskning",
                "data = ../var/wg");

        Configuration configuration = load(Map.of(), config, Map.of("WEBBGRANSKNING_DB_PASSWORD", "hemligt"));

        DatabaseSettings database = configuration.database();
        assertThat(database.embedded()).isFalse();
        assertThat(database.isPostgreSql()).isTrue();
        assertThat(database.url()).isEqualTo("jdbc:postgresql://db.example:5432/wg");
        assertThat(database.user()).isEqualTo("granskning");
        assertThat(database.password()).isEqualTo("hemligt");
        assertThat(configuration.dataDirectory()).as("relative to the file's directory")
                .isEqualTo(directory.getParent().resolve("var/wg").toAbsolutePath().normalize());
    }

    @Test
    void theDataDirectorysOwnFileIsReadWhenThereIsNoOtherAndMayNotMoveTheDataDirectory() throws IOException {
        Path data = directory.resolve("data");
        file("data/webbgranskning.properties", "proxy.trusted = 127.0.0.1, ::1");

        Configuration configuration = load(Map.of(ConfigKey.DATA, data.toString()), null, Map.of());

        assertThat(configuration.file()).contains(data.resolve("webbgranskning.properties"));
        assertThat(configuration.trustedProxies().trusts("::1")).isTrue();

        file("data/webbgranskning.properties", "", "data = /någon/annanstans");
        assertThatThrownBy(() -> load(Map.of(), null, Map.of("WEBBGRANSKNING_DATA", data.toString())))
                .isInstanceOf(CliFailure.class)
                .hasMessageContaining("rad 2: data kan inte anges i datakatalogens egen konfigurationsfil");
    }

    @Test
    void anUnknownKeyNamesTheFileTheLineAndTheValidKeys() throws IOException {
        Path config = file("wg.properties", "server.port = 8080", "# typo below", "db.passwrod = x");

        assertThatThrownBy(() -> load(Map.of(), config, Map.of()))
                .isInstanceOf(CliFailure.class)
                .hasMessageContaining("Konfigurationsfilen " + config + ", rad 3: okänd nyckel 'db.passwrod'")
                .hasMessageContaining("db.password")
                .satisfies(e -> assertThat(((CliFailure) e).exitCode()).isEqualTo(2));
    }

    @Test
    void aBadValueNamesTheFileLineAndKey() throws IOException {
        Path config = file("wg.properties", "server.port = åttio");

        assertThatThrownBy(() -> load(Map.of(), config, Map.of()))
                .hasMessage("Konfigurationsfilen " + config + ", rad 1: server.port måste vara ett heltal 0–65535,"
                        + " inte 'åttio'.");
        Path proxies = file("proxies.properties", "proxy.trusted = 127.0.0.1, proxy.example");
        assertThatThrownBy(() -> load(Map.of(), proxies, Map.of()))
                .hasMessageContaining("rad 1: proxy.trusted ska vara IP-adresser").hasMessageContaining("proxy.example");
        Path user = file("user.properties", "db.user =");
        assertThatThrownBy(() -> load(Map.of(), user, Map.of()))
                .hasMessage("Konfigurationsfilen " + user + ", rad 1: db.user får inte vara tomt.");
        Path url = file("url.properties", "db.url = postgres://db/wg");
        assertThatThrownBy(() -> load(Map.of(), url, Map.of())).hasMessageContaining("db.url måste vara en JDBC-URL");
    }

    @Test
    void aBadEnvironmentValueNamesTheVariable() {
        assertThatThrownBy(() -> load(Map.of(), null, Map.of("WEBBGRANSKNING_SERVER_SECURE_COOKIES", "ja")))
                .hasMessage("Miljövariabeln WEBBGRANSKNING_SERVER_SECURE_COOKIES: server.secure-cookies måste vara"
                        + " true eller false, inte 'ja'.");
    }

    @Test
    void aMissingExplicitFileIsAUsageError() {
        Path missing = directory.resolve("saknas.properties");

        assertThatThrownBy(() -> load(Map.of(), missing, Map.of()))
                .hasMessage("Konfigurationsfilen " + missing + " (angiven med --config) finns inte.");
        assertThatThrownBy(() -> load(Map.of(), null, Map.of("WEBBGRANSKNING_CONFIG", missing.toString())))
                .hasMessageContaining("miljövariabeln WEBBGRANSKNING_CONFIG");
    }

    @Test
    void credentialsAreRefusedOnTheCommandLine() {
        for (String url : List.of("jdbc:postgresql://db/wg?user=wg&password=hemligt",
                "jdbc:postgresql://db/wg?ssl=true&password=hemligt", "jdbc:postgresql://wg:hemligt@db/wg")) {
            assertThatThrownBy(() -> load(Map.of(ConfigKey.DB_URL, url), null, Map.of()))
                    .as(url).isInstanceOf(CliFailure.class)
                    .hasMessageStartingWith("Ange inte användare eller lösenord i --db")
                    .hasMessageContaining("WEBBGRANSKNING_DB_PASSWORD");
        }
    }

    @Test
    void theDescriptionShowsEveryKeyWithItsSourceAndMasksSecrets() throws IOException {
        Path config = file("wg.properties", "db.url = jdbc:postgresql://db/wg?password=iurl&ssl=true",
                "db.user = granskning", "db.password = ifilen");

        List<String> lines = load(Map.of(ConfigKey.SERVER_PORT, "0"), config, Map.of()).describe();

        assertThat(lines.get(0)).isEqualTo("Inställningar (konfigurationsfil " + config + "):");
        assertThat(lines).hasSize(1 + ConfigKey.values().length);
        assertThat(String.join("\n", lines)).doesNotContain("ifilen").doesNotContain("iurl")
                .contains("db.password", "******")
                .contains("jdbc:postgresql://db/wg?password=******&ssl=true  (konfigurationsfilen)")
                .contains("server.port            = 0  (kommandoraden)")
                .contains("proxy.trusted          = (inget)  (standard)");
    }
}
