package se.webbgranskning.app.municipalities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.webbgranskning.app.TestFiles;
import se.webbgranskning.app.cli.CliRunner;
import se.webbgranskning.app.db.Database;
import se.webbgranskning.app.db.DatabaseSettings;

/**
 * Registry and population files that are broken or hostile: refused with the line, nothing stored changes
 * (compared row by row), and text that a spreadsheet would run as a formula is neutralised when exported.
 */
class HostileRegistryAndPopulationFilesTest {

    @TempDir
    Path directory;

    private Path data() {
        return directory.resolve("data");
    }

    private Path registry() {
        return TestFiles.copy("/cli/registry-small.csv", directory);
    }

    @Test
    void aRegistryInWindows1252IsRefusedWithItsLineNotReadWithBrokenNames() throws IOException {
        Path file = Files.write(directory.resolve("kommuner.csv"),
                Files.readString(registry()).getBytes(Charset.forName("windows-1252")));

        CliRunner.Outcome outcome = CliRunner.run("municipalities", "validate", file.toString());

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).contains("är inte UTF-8: rad 2 ");
    }

    @Test
    void aRegistryOfBinaryGarbageIsRefused() throws IOException {
        byte[] garbage = new byte[20_000];
        new Random(3).nextBytes(garbage);
        Path file = Files.write(directory.resolve("kommuner.csv"), garbage);

        CliRunner.Outcome outcome = CliRunner.run("municipalities", "validate", file.toString());

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).contains("är inte UTF-8: rad ");
    }

    @Test
    void aQuotedLineBreakInARegistryFieldIsRefusedByField() throws IOException {
        Path file = Files.writeString(directory.resolve("kommuner.csv"), Files.readString(registry())
                .replace("0180,Stockholm,", "\"0180\n\",\"Stock\"\"holm\",")
                .replace("2321,Åre,23,", "2321,Åre,\"2\n3\","), StandardCharsets.UTF_8);

        CliRunner.Outcome outcome = CliRunner.run("municipalities", "validate", file.toString());

        assertThat(outcome.exitCode()).isEqualTo(1);
        // a quote inside a name is allowed, and the code is trimmed; the county code with a line break is not
        assertThat(outcome.err()).contains("(1 fel)", "kommuner.csv rad 6: lanskod '2\n3' ska vara två siffror");
    }

    @Test
    void aFormulaAsAMunicipalityNameIsExportedAsText() throws IOException {
        Path file = Files.writeString(directory.resolve("kommuner.csv"), Files.readString(registry())
                .replace("Upplands Väsby", "=2+5").replace("0180,Stockholm,", "0180,@SUM(1),"),
                StandardCharsets.UTF_8);

        CliRunner.Outcome outcome = CliRunner.run("municipalities", "list", "--format", "csv", "--municipalities",
                file.toString(), "--data", data().toString());

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out()).contains("0114;'=2+5;", "0180;'@SUM(1);").doesNotContain(";=2+5", ";@SUM");
    }

    @Test
    void aGarbagePopulationTableChangesNothingStored() throws IOException {
        Path registry = registry();
        Path good = TestFiles.copy("/cli/scb-small.csv", directory);
        assertThat(CliRunner.run("municipalities", "import-population", good.toString(),
                "--municipalities", registry.toString(), "--data", data().toString()).exitCode()).isZero();
        List<Map<String, Object>> before = storedPopulations();
        byte[] garbage = new byte[50_000];
        new Random(5).nextBytes(garbage);
        Path bad = Files.write(directory.resolve("skrap.csv"), garbage);
        Path quoted = Files.writeString(directory.resolve("citat.csv"), Files.readString(good)
                .replace("\"2321 Åre\",12000,12100", "\"2321 Åre,12000,12100"), StandardCharsets.UTF_8);

        for (Path file : List.of(bad, quoted)) {
            CliRunner.Outcome outcome = CliRunner.run("municipalities", "import-population", file.toString(),
                    "--municipalities", registry.toString(), "--data", data().toString());
            assertThat(outcome.exitCode()).as(file.toString()).isEqualTo(1);
            assertThat(outcome.err()).contains("Folkmängden lästes inte in; inget har sparats");
        }

        assertThat(storedPopulations()).isEqualTo(before);
    }

    private List<Map<String, Object>> storedPopulations() {
        return Database.open(DatabaseSettings.embedded(data())).withHandle(handle -> handle.createQuery(
                "SELECT * FROM population_import i LEFT JOIN municipality_population p ON p.import_id = i.id"
                        + " ORDER BY i.id, p.kommunkod").mapToMap().list());
    }
}
