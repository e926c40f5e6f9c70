package se.webbgranskning.app.municipalities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.webbgranskning.app.TestFiles;
import se.webbgranskning.app.cli.CliRunner;
import se.webbgranskning.app.db.TestDatabases;

@Tag("database")
class MunicipalitiesCommandTest {

    @TempDir
    Path directory;

    private Path data() {
        return directory.resolve("data");
    }

    @Test
    void listsAll290WithUnknownSizeClassesAndSaysWhy() {
        CliRunner.Outcome outcome = CliRunner.run("municipalities", "list", "--data", data().toString());

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains("290 kommuner i 21 län.")
                .contains("0114  Upplands Väsby")
                .containsPattern("0127  Botkyrka .* 95 905  2024  70 000–199 999")
                .containsPattern("2321  Åre .* –  +–  +okänd");
        assertThat(outcome.err()).contains("folkmängd saknas för 282 av 290 kommuner");
        assertThat(data()).as("listing must not create a data directory").doesNotExist();
    }

    @Test
    void listsAsCsvForExcel() {
        CliRunner.Outcome outcome = CliRunner.run("municipalities", "list", "--format", "csv", "--data", data().toString());

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).startsWith("\uFEFFkommunkod;kommun;lan;webbplats;folkmangd;folkmangd_ar;storleksklass\r\n")
                .contains("0162;Danderyd;Stockholms län;https://www.danderyd.se/;32425;2024;30 000–69 999\r\n");
        assertThat(outcome.out().lines()).hasSize(291);
    }

    @Test
    void importedPopulationsAreStoredAndUsedByLaterCommands() {
        TestDatabases.prepare(data());
        Path registry = TestFiles.copy("/cli/registry-small.csv", directory);
        Path scb = TestFiles.copy("/cli/scb-small.csv", directory);

        CliRunner.Outcome imported = CliRunner.run("municipalities", "import-population", scb.toString(),
                "--municipalities", registry.toString(), "--data", data().toString());

        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).contains("Folkmängd för 3 kommuner (år 2024) inläst från scb-small.csv")
                .contains("Hoppade över 1 regioner som inte är kommuner");

        CliRunner.Outcome listed = CliRunner.run("municipalities", "list",
                "--municipalities", registry.toString(), "--data", data().toString());
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out())
                .containsPattern("0114  Upplands Väsby .* 48 900  2024  30 000–69 999")
                .containsPattern("0180  Stockholm .* 988 943  2024  200 000 eller fler")
                .containsPattern("2321  Åre .* 12 100  2024  under 15 000")
                .contains("Folkmängd från scb-small.csv (år 2024)");
        assertThat(listed.err()).doesNotContain("folkmängd saknas");
    }

    @Test
    void explicitYearIsImported() {
        TestDatabases.prepare(data());
        Path registry = TestFiles.copy("/cli/registry-small.csv", directory);
        Path scb = TestFiles.copy("/cli/scb-small.csv", directory);

        CliRunner.Outcome imported = CliRunner.run("municipalities", "import-population", scb.toString(), "--year", "2023",
                "--municipalities", registry.toString(), "--data", data().toString());

        assertThat(imported.exitCode()).isZero();
        assertThat(CliRunner.run("municipalities", "list", "--municipalities", registry.toString(),
                "--data", data().toString()).out()).containsPattern("0114  Upplands Väsby .* 48 500  2023");
    }

    @Test
    void anInvalidTableStoresNothingAndExitsOne() throws IOException {
        TestDatabases.prepare(data());
        Path registry = TestFiles.copy("/cli/registry-small.csv", directory);
        Path good = TestFiles.copy("/cli/scb-small.csv", directory);
        assertThat(CliRunner.run("municipalities", "import-population", good.toString(),
                "--municipalities", registry.toString(), "--data", data().toString()).exitCode()).isZero();
        Path bad = Files.writeString(directory.resolve("bad.csv"),
                Files.readString(good).replace("\"2321 Åre\",12000,12100\n", ""), StandardCharsets.UTF_8);

        CliRunner.Outcome outcome = CliRunner.run("municipalities", "import-population", bad.toString(),
                "--municipalities", registry.toString(), "--data", data().toString());

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).contains("Folkmängden lästes inte in; inget har sparats").contains("2321");
        assertThat(CliRunner.run("municipalities", "list", "--municipalities", registry.toString(),
                "--data", data().toString()).out())
                .as("the earlier import is still in force").containsPattern("2321  Åre .* 12 100  2024");
    }

    @Test
    void missingTableIsABadUsage() {
        CliRunner.Outcome outcome = CliRunner.run("municipalities", "import-population",
                directory.resolve("finns-inte.csv").toString(), "--data", data().toString());

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("finns-inte.csv finns inte");
        assertThat(data()).doesNotExist();
    }

    @Test
    void validatesARegistryFile() throws IOException {
        Path good = TestFiles.copy("/cli/registry-small.csv", directory);
        CliRunner.Outcome ok = CliRunner.run("municipalities", "validate", good.toString());
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out()).contains("registry-small.csv är giltig: 3 kommuner i 2 län, 0 med folkmängd.");

        Path bad = Files.writeString(directory.resolve("kommuner.csv"),
                Files.readString(good).replace("https://www.are.se/", "http://www.are.se/"), StandardCharsets.UTF_8);
        CliRunner.Outcome rejected = CliRunner.run("municipalities", "validate", bad.toString());
        assertThat(rejected.exitCode()).isEqualTo(1);
        assertThat(rejected.err()).contains("Kommunregistret är ogiltigt (1 fel)", "kommuner.csv rad 4");
    }

    @Test
    void anInvalidRegistryStopsEveryCommandThatUsesIt() throws IOException {
        Path bad = Files.writeString(directory.resolve("kommuner.csv"),
                "kommunkod,namn,lanskod,lan,webbplats,folkmangd,folkmangd_ar\n114,X,01,Y,https://x.se/,,\n");

        CliRunner.Outcome outcome = CliRunner.run("municipalities", "list", "--municipalities", bad.toString(),
                "--data", data().toString());

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).contains("kommuner.csv rad 2");
    }
}
