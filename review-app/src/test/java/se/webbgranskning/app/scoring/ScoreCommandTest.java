package se.webbgranskning.app.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.webbgranskning.app.TestFiles;
import se.webbgranskning.app.cli.CliRunner;
import se.webbgranskning.checklist.BundledChecklists;
import se.webbgranskning.checklist.Item;

/**
 * {@code score} on the bundled edition (areas A–F weighted 15/20/20/20/15/10) with three municipalities:
 * 0114 and 2321 have every applicable item at 2 (A3 and D2–D4 "na"): 100.0 each, tied for rank 1.
 * 0180 (hand-computed): A = 1 (all 2, A3 na); B = (2+2+1+1+0+0)/12 = 0.5; C = 0; D = 1 (D1 2, D2–D4 na);
 * E = 5/10 = 0.5; F = (2+2+2+0+0+0)/12 = 0.5 → Delindex 1 = 15 + 10 + 0 + 20 + 7.5 + 5 = 57.5, rank 3.
 */
class ScoreCommandTest {

    private static final List<String> NOT_APPLICABLE = List.of("A3", "D2", "D3", "D4");
    private static final Map<String, String> STOCKHOLM = Map.ofEntries(
            Map.entry("B1", "2"), Map.entry("B2", "2"), Map.entry("B3", "1"), Map.entry("B4", "1"),
            Map.entry("B5", "0"), Map.entry("B6", "0"),
            Map.entry("C1", "0"), Map.entry("C2", "0"), Map.entry("C3", "0"), Map.entry("C4", "0"), Map.entry("C5", "0"),
            Map.entry("E1", "1"), Map.entry("E2", "1"), Map.entry("E3", "1"), Map.entry("E4", "1"), Map.entry("E5", "1"),
            Map.entry("F1", "2"), Map.entry("F2", "2"), Map.entry("F3", "2"), Map.entry("F4", "0"), Map.entry("F5", "0"),
            Map.entry("F6", "0"));

    @TempDir
    Path directory;

    private Path registry;

    private Path data() {
        return directory.resolve("data");
    }

    private static String scoresFor(String code, Map<String, String> overrides) {
        StringBuilder rows = new StringBuilder();
        for (Item item : BundledChecklists.load("delindex1-2026").orElseThrow().items()) {
            String score = overrides.getOrDefault(item.id(), NOT_APPLICABLE.contains(item.id()) ? "na" : "2");
            rows.append(code).append(';').append(item.id()).append(';').append(score).append('\n');
        }
        return rows.toString();
    }

    private Path input(String content) throws IOException {
        return Files.writeString(directory.resolve("scores.csv"), content, StandardCharsets.UTF_8);
    }

    private CliRunner.Outcome score(Path input, String... more) {
        registry = TestFiles.copy("/cli/registry-small.csv", directory);
        String[] base = {"score", "--checklist", "delindex1-2026", "--input", input.toString(),
                "--municipalities", registry.toString(), "--data", data().toString()};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        return CliRunner.run(args);
    }

    private Path threeMunicipalities() throws IOException {
        return input("kommunkod;item;score\n" + scoresFor("0114", Map.of()) + scoresFor("0180", STOCKHOLM)
                + scoresFor("2321", Map.of()));
    }

    @Test
    void writesSwedishCsvWithScoresAndSharedRanks() throws IOException {
        CliRunner.Outcome outcome = score(threeMunicipalities());

        assertThat(outcome.exitCode()).isZero();
        List<String> lines = outcome.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFkommunkod;kommun;lan;storleksklass;folkmangd;folkmangd_ar;"
                + "omrade_A_procent;omrade_B_procent;omrade_C_procent;omrade_D_procent;omrade_E_procent;omrade_F_procent;"
                + "delindex1;delindex1_exakt;rang;rang_storleksklass;checklista");
        assertThat(lines.subList(1, 4)).containsExactly(
                "0114;Upplands Väsby;Stockholms län;;;;100,0;100,0;100,0;100,0;100,0;100,0;100,0;100,000000;1;;delindex1-2026",
                "2321;Åre;Jämtlands län;;;;100,0;100,0;100,0;100,0;100,0;100,0;100,0;100,000000;1;;delindex1-2026",
                "0180;Stockholm;Stockholms län;;;;100,0;50,0;0,0;100,0;50,0;50,0;57,5;57,500000;3;;delindex1-2026");
        assertThat(outcome.out()).contains("\r\n");
        assertThat(outcome.err()).contains("rang inom storleksklass är inte beräknad", "folkmängd saknas för 3");
    }

    @Test
    void sizeClassRanksAfterPopulationsAreImported() throws IOException {
        Path input = threeMunicipalities();
        registry = TestFiles.copy("/cli/registry-small.csv", directory);
        Path scb = TestFiles.copy("/cli/scb-small.csv", directory);
        assertThat(CliRunner.run("municipalities", "import-population", scb.toString(),
                "--municipalities", registry.toString(), "--data", data().toString()).exitCode()).isZero();

        CliRunner.Outcome outcome = score(input);

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains(
                "0114;Upplands Väsby;Stockholms län;30 000–69 999;48900;2024;",
                ";57,5;57,500000;3;1;delindex1-2026");
        assertThat(outcome.err()).isEmpty();
    }

    @Test
    void writesJson() throws IOException {
        CliRunner.Outcome outcome = score(threeMunicipalities(), "--format", "json");

        assertThat(outcome.exitCode()).isZero();
        JsonNode root = new ObjectMapper().readTree(outcome.out());
        assertThat(root.path("checklist").path("id").asText()).isEqualTo("delindex1-2026");
        assertThat(root.path("sizeClassRanksComputed").asBoolean()).isFalse();
        assertThat(root.path("note").asText()).contains("folkmängd saknas");
        JsonNode stockholm = root.path("results").get(2);
        assertThat(stockholm.path("kommunkod").asText()).isEqualTo("0180");
        assertThat(stockholm.path("delindex1").asDouble()).isEqualTo(57.5);
        assertThat(stockholm.path("rank").asInt()).isEqualTo(3);
        assertThat(stockholm.path("sizeClassRank").isNull()).isTrue();
        assertThat(stockholm.path("areaFulfilmentPercent").path("C").asDouble()).isZero();
    }

    @Test
    void writesToAnOutputFile() throws IOException {
        Path output = directory.resolve("ut/resultat.csv");

        CliRunner.Outcome outcome = score(threeMunicipalities(), "--output", output.toString());

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains("Resultat för 3 kommuner skrivet till");
        assertThat(Files.readString(output, StandardCharsets.UTF_8)).startsWith("\uFEFFkommunkod;").contains("0180;Stockholm");
    }

    @Test
    void missingScoresFailNamingTheItemsAndWriteNothing() throws IOException {
        Path output = directory.resolve("resultat.csv");
        String incomplete = scoresFor("0114", Map.of()).replace("0114;B4;2\n", "").replace("0114;F6;2\n", "");

        CliRunner.Outcome outcome = score(input(incomplete), "--output", output.toString());

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).contains("0114 Upplands Väsby: Poäng saknas för B4, F6");
        assertThat(output).doesNotExist();
    }

    @Test
    void badRowsAreAllReportedWithTheirLines() throws IOException {
        String content = "kommunkod;item;score\n"
                + "114;A1;2\n"
                + "9999;A1;2\n"
                + "0114;Q9;2\n"
                + "0114;A1;3\n"
                + "0114;A1;na\n"
                + "0114,A2,2\n"
                + "0114;A2;2\n"
                + "0114;A2;1\n";

        CliRunner.Outcome outcome = score(input(content));

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).contains(
                "Rad 2: kommunkoden '114' ska vara fyra siffror (inledande nolla saknas? t.ex. 0114).",
                "Rad 3: kommunkoden 9999 finns inte i kommunregistret.",
                "Rad 4: punkten 'Q9' finns inte i checklistan delindex1-2026.",
                "Rad 5: poängen '3' ska vara en av [2, 1, 0] eller na (ej tillämpligt).",
                "Rad 6: punkt A1 får inte bedömas som \"ej tillämpligt\".",
                "Rad 7: väntade tre fält 'kommunkod;punkt;poäng', fick 1 (filen ska vara semikolonseparerad).",
                "Rad 9: kommun 0114 har redan en poäng för A2 på rad 8.");
        assertThat(outcome.out()).isEmpty();
    }

    @Test
    void emptyInputIsAFailure() throws IOException {
        CliRunner.Outcome outcome = score(input("\uFEFFkommunkod;item;score\n\n"));

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).contains("Filen innehåller inga poäng");
    }

    @Test
    void unknownChecklistAndMissingInputAreBadUsage() throws IOException {
        assertThat(score(directory.resolve("finns-inte.csv")).exitCode()).isEqualTo(2);
        CliRunner.Outcome outcome = CliRunner.run("score", "--checklist", "nope", "--input", threeMunicipalities().toString());
        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("Ingen inbyggd checklista heter 'nope'");
    }
}
