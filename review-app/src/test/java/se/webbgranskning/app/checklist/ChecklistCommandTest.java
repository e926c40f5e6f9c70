package se.webbgranskning.app.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.webbgranskning.app.cli.CliRunner;

class ChecklistCommandTest {

    @TempDir
    Path directory;

    private static String bundledYaml() throws IOException {
        try (InputStream in = ChecklistCommandTest.class.getResourceAsStream("/checklists/delindex1-2026.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void listsTheBundledEdition() {
        CliRunner.Outcome outcome = CliRunner.run("checklist", "list");

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains("delindex1-2026", "31 punkter i 6 områden");
    }

    @Test
    void showsAnEditionByIdWithAreasAndItems() {
        CliRunner.Outcome outcome = CliRunner.run("checklist", "show", "delindex1-2026");

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains("A. Om hemtjänst (vikt 15)", "C. Avgifter (vikt 20)", "F6 ", "ej tillämpligt om:");
    }

    @Test
    void validatesAGoodFile() throws IOException {
        Path file = write("delindex1-2026.yaml", bundledYaml());

        CliRunner.Outcome outcome = CliRunner.run("checklist", "validate", file.toString());

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains("delindex1-2026.yaml är giltig: delindex1-2026, 31 punkter i 6 områden.");
    }

    @Test
    void rejectsABadFileWithEveryProblemAndExitOne() throws IOException {
        Path file = write("broken.yaml", bundledYaml()
                .replaceFirst("id: A2\n", "id: A1\n")
                .replaceFirst("area: C\n", "area: Q\n"));

        CliRunner.Outcome outcome = CliRunner.run("checklist", "validate", file.toString());

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).contains("Checklistan är ogiltig (2 fel)",
                "broken.yaml: punkt A1, fält id: id:t finns redan",
                "broken.yaml: punkt C1, fält area: okänt område 'Q'");
        assertThat(outcome.out()).isEmpty();
    }

    @Test
    void missingFileIsABadUsage() {
        CliRunner.Outcome outcome = CliRunner.run("checklist", "validate", directory.resolve("saknas.yaml").toString());

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("saknas.yaml finns inte");
    }

    @Test
    void unknownReferenceIsABadUsage() {
        CliRunner.Outcome outcome = CliRunner.run("checklist", "show", "delindex1-1999");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("Ingen inbyggd checklista heter 'delindex1-1999'", "delindex1-2026");
    }

    @Test
    void diffListsAddedRemovedChangedAndComparableItems() throws IOException {
        String next = bundledYaml()
                .replaceFirst("id: delindex1-2026", "id: delindex1-2027")
                .replaceFirst("id: F6\n", "id: F7\n")
                .replaceFirst("weight: 10\n", "weight: 12\n");
        Path file = write("next.yaml", next);

        CliRunner.Outcome outcome = CliRunner.run("checklist", "diff", "delindex1-2026", file.toString());

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains(
                "Jämförelse delindex1-2026 → delindex1-2027",
                "Område F: vikten har ändrats från 10 till 12.",
                "Tillagda punkter: F7",
                "Borttagna punkter: F6",
                "Ändrade punkter: inga",
                "Jämförbara punkter (30): A1, A2");
    }
}
