package se.webbgranskning.app.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.webbgranskning.app.cli.CliRunner;
import se.webbgranskning.app.cli.ExitCodes;
import se.webbgranskning.app.web.DemoWorld;
import se.webbgranskning.app.web.RoundWork;

@Tag("database")
class ExportCommandTest {

    @TempDir
    Path out;

    @Test
    void writesTheRoundsResultAndItemFilesAndNamesTheMunicipalitiesLeftOut() throws IOException {
        RoundWork work = new RoundWork("export");
        work.scoreAndSubmit(DemoWorld.EKBACKA, "2");
        String data = work.services.dataDirectory().toString();

        CliRunner.Outcome csv = CliRunner.run("export", Long.toString(work.round.reviewRoundId()), "--data", data,
                "--output-dir", out.toString());

        assertThat(csv.exitCode()).as(csv.err()).isZero();
        Path results = out.resolve("omgang-" + work.round.reviewRoundId() + "-resultat.csv");
        Path items = out.resolve("omgang-" + work.round.reviewRoundId() + "-punkter.csv");
        RoundResults.Results current = work.services.roundResults().of(work.current());
        assertThat(Files.readString(results, StandardCharsets.UTF_8)).isEqualTo(RoundExport.resultsCsv(current));
        assertThat(Files.readAllLines(items, StandardCharsets.UTF_8)).hasSize(1 + current.checklist().items().size());
        assertThat(csv.out()).contains("1 kommuner med slutliga resultat");
        assertThat(csv.err()).contains(DemoWorld.NORRVIK).contains("Granskning pågår").contains("inte publicerade");

        CliRunner.Outcome json = CliRunner.run("export", work.round.name(), "--format", "json", "--data", data,
                "--output-dir", out.toString());

        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode parsed = new ObjectMapper().readTree(out.resolve("omgang-" + work.round.reviewRoundId()
                + "-resultat.json").toFile());
        assertThat(parsed.get("results").get(0).get("kommunkod").asText()).isEqualTo(DemoWorld.EKBACKA);
        assertThat(parsed.get("notFinal").get(0).get("kommunkod").asText()).isEqualTo(DemoWorld.NORRVIK);
    }

    @Test
    void anUnknownRoundIsAUsageErrorThatListsTheRounds() {
        String data = DemoWorld.get().services().dataDirectory().toString();

        CliRunner.Outcome outcome = CliRunner.run("export", "ingen-sådan", "--data", data, "--output-dir",
                out.toString());

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(outcome.err()).contains("Granskningsomgången 'ingen-sådan' finns inte");
        assertThat(out).isEmptyDirectory();
    }
}
