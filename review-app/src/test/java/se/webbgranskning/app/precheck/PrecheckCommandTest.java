package se.webbgranskning.app.precheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.webbgranskning.app.cli.CliRunner;
import se.webbgranskning.app.db.TestDatabases;
import se.webbgranskning.crawl.fixture.FixtureOptions;
import se.webbgranskning.crawl.fixture.FixtureWeb;

/** {@code precheck} from the command line, on a data directory with a crawl of fixture sites. */
@Tag("database")
class PrecheckCommandTest {

    private static FixtureWeb web;
    private static Path data;
    private static String round;

    @BeforeAll
    static void crawlTwoSites(@TempDir Path dir) throws Exception {
        web = FixtureWeb.start(new FixtureOptions(0, Duration.ofSeconds(2)));
        data = dir;
        TestDatabases.prepare(dir);
        Path report = dir.resolve("rapport.json");
        CliRunner.Outcome crawl = CliRunner.run("crawl", "--data", dir.toString(), "--allow-local",
                "--resolve", "*.test=127.0.0.1", "--delay", "20ms", "--timeout", "1s",
                "--site", site("ekbacka"), "--site", site("stormby"), "--report", report.toString());
        assertThat(crawl.exitCode()).as(crawl.err()).isZero();
        round = new ObjectMapper().readTree(Files.readString(report)).get("round").asText();
    }

    @AfterAll
    static void stopWeb() {
        web.close();
    }

    private static String site(String key) {
        return web.site(key).code() + "=" + web.site(key).startUrl();
    }

    private static CliRunner.Outcome precheck(String... more) {
        String[] base = {"precheck", "--data", data.toString(), "--round", round};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return CliRunner.run(args);
    }

    @Test
    void printsATableWithAVerdictPerItem() {
        CliRunner.Outcome outcome = precheck("--municipality", "9901", "--date", "2026-08-15");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out())
                .contains("Förhandskontroll av kommun 9901, omgång " + round + ", checklista delindex1-2026, dag 2026-08-15")
                .contains("PUNKT", "FÖRSLAG", "SÄKERHET", "BÄSTA BELÄGG")
                .containsPattern("(?m)^A1 +troligen uppfyllt +0,\\d\\d +”")
                .containsPattern("(?m)^F4 +hittades inte")
                .contains("regler: ", "saknas: ")
                .contains("Troligen uppfyllt: ");
    }

    @Test
    void printsJsonWithEvidenceAndRules() throws Exception {
        CliRunner.Outcome outcome = precheck("--municipality", "9901", "--format", "json", "--date", "2026-08-15");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(outcome.out());
        assertThat(json.get("checklist").asText()).isEqualTo("delindex1-2026");
        assertThat(json.get("date").asText()).isEqualTo("2026-08-15");
        assertThat(json.get("pages").asInt()).isGreaterThan(10);
        JsonNode suggestions = json.get("suggestions");
        assertThat(suggestions.size()).isEqualTo(31);
        JsonNode c2 = suggestions.get(12);
        assertThat(c2.get("item").asText()).isEqualTo("C2");
        assertThat(c2.get("verdict").asText()).isEqualTo("LIKELY_PRESENT");
        assertThat(c2.get("verdictText").asText()).isEqualTo("troligen uppfyllt");
        assertThat(c2.get("confidence").asDouble()).isBetween(0.0, 1.0);
        JsonNode evidence = c2.get("evidence").get(0);
        assertThat(evidence.get("quote").asText()).contains("2 575 kronor");
        assertThat(evidence.get("url").asText()).contains("/avgifter");
        assertThat(evidence.get("start").asInt()).isNotNegative();
        assertThat(evidence.get("why").asText()).isNotBlank();
        assertThat(c2.get("rulesFired").size()).isPositive();
        assertThat(c2.get("missing").size()).isZero();
    }

    @Test
    void anEmptySnapshotGivesNotFoundEverywhereAndAWarning() {
        CliRunner.Outcome outcome = precheck("--municipality", "9906");

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains("Hittades inte: 31");
        assertThat(outcome.err()).contains("Varning: ögonblicksbilden av kommun 9906 har inga sidor med text");
    }

    @Test
    void anUnknownRoundOrMunicipalityIsABadUsage() {
        CliRunner.Outcome noRound = CliRunner.run("precheck", "--data", data.toString(), "--round", "1999-01-01-1",
                "--municipality", "9901");
        assertThat(noRound.exitCode()).isEqualTo(2);
        assertThat(noRound.err()).contains("Omgången 1999-01-01-1 finns inte").contains("Omgångar: " + round);

        CliRunner.Outcome noMunicipality = precheck("--municipality", "0114");
        assertThat(noMunicipality.exitCode()).isEqualTo(2);
        assertThat(noMunicipality.err()).contains("Kommun 0114 ingår inte i omgången " + round)
                .contains("9901").contains("9906");
    }

    @Test
    void anUnknownChecklistOrAMissingDatabaseIsABadUsage(@TempDir Path empty) {
        CliRunner.Outcome noChecklist = precheck("--municipality", "9901", "--checklist", "delindex1-1999");
        assertThat(noChecklist.exitCode()).isEqualTo(2);
        assertThat(noChecklist.err()).contains("Ingen inbyggd checklista heter 'delindex1-1999'");

        CliRunner.Outcome noDatabase = CliRunner.run("precheck", "--data", empty.toString(), "--round", round,
                "--municipality", "9901");
        assertThat(noDatabase.exitCode()).isEqualTo(2);
        assertThat(noDatabase.err()).contains("Det finns ingen databas i");
        assertThat(Files.exists(empty.resolve("webbgranskning.mv.db"))).as("a reading command creates nothing").isFalse();
    }

    @Test
    void aChecklistFileCanBeGiven() throws Exception {
        Path file = Files.createTempFile("checklista", ".yaml");
        try (var in = getClass().getResourceAsStream("/checklists/delindex1-2026.yaml")) {
            Files.write(file, in.readAllBytes());
        }
        CliRunner.Outcome outcome = precheck("--municipality", "9901", "--checklist", file.toString(), "--format", "json");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(new ObjectMapper().readTree(outcome.out()).get("suggestions").size()).isEqualTo(31);
        Files.delete(file);
    }

    @Test
    void siteCrawlsFirstThenPrintsTheSuggestionsAndKeepsTheSnapshot(@TempDir Path fresh) throws Exception {
        CliRunner.Outcome outcome = CliRunner.run("precheck", "--data", fresh.toString(), "--allow-local",
                "--resolve", "*.test=127.0.0.1", "--delay", "20ms", "--timeout", "1s", "--page-budget", "40",
                "--site", site("ekbacka"), "--format", "json", "--date", "2026-08-15");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.err()).contains("VARNING: --allow-local", "Genomsöker " + web.site("ekbacka").startUrl(),
                "Ögonblicksbilden sparades som omgång");
        JsonNode json = new ObjectMapper().readTree(outcome.out());
        assertThat(json.get("suggestions").size()).isEqualTo(31);
        assertThat(json.get("pages").asInt()).isPositive();
        String kept = json.get("round").asText();
        CliRunner.Outcome again = CliRunner.run("precheck", "--data", fresh.toString(), "--round", kept,
                "--municipality", "9901", "--format", "json", "--date", "2026-08-15");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).isEqualTo(outcome.out());
    }

    @Test
    void siteAndRoundTogetherOrNeitherIsABadUsage() {
        CliRunner.Outcome both = precheck("--municipality", "9901", "--site", site("ekbacka"));
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("Ange antingen --round och --municipality");

        CliRunner.Outcome neither = CliRunner.run("precheck", "--data", data.toString());
        assertThat(neither.exitCode()).isEqualTo(2);
        assertThat(neither.err()).contains("Ange antingen --round och --municipality");

        CliRunner.Outcome badSite = CliRunner.run("precheck", "--data", data.toString(), "--site", "ekbacka");
        assertThat(badSite.exitCode()).isEqualTo(2);
        assertThat(badSite.err()).contains("--site väntar sig KOD=URL");
    }
}
