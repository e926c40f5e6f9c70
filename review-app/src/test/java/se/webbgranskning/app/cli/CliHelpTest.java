package se.webbgranskning.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class CliHelpTest {

    private static List<List<String>> allCommandPaths(CommandLine commandLine, List<String> prefix) {
        List<List<String>> paths = new ArrayList<>();
        paths.add(prefix);
        commandLine.getSubcommands().forEach((name, sub) -> {
            List<String> path = new ArrayList<>(prefix);
            path.add(name);
            paths.addAll(allCommandPaths(sub, path));
        });
        return paths;
    }

    @Test
    void everyCommandHasSwedishHelpAndExitsZero() {
        List<List<String>> paths = allCommandPaths(Main.newCommandLine(), List.of());
        assertThat(paths).hasSizeGreaterThanOrEqualTo(10);
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            CliRunner.Outcome outcome = CliRunner.run(args.toArray(String[]::new));
            assertThat(outcome.exitCode()).as("exit code of %s", args).isZero();
            assertThat(outcome.out()).as("help of %s", args)
                    .contains("Användning: webbgranskning", "Visa den här hjälpen", "Slutkoder:")
                    .doesNotContain("Usage:", "Show this help message")
                    .containsSubsequence("0   klart", "1   misslyckades", "2   felaktig användning");
        }
    }

    @Test
    void unknownOptionIsABadUsageWithSwedishMessage() {
        CliRunner.Outcome outcome = CliRunner.run("checklist", "list", "--nonsense");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("Fel: Okänd flagga: '--nonsense'")
                .contains("Se 'webbgranskning checklist list --help'");
    }

    @Test
    void missingSubcommandIsABadUsage() {
        assertThat(CliRunner.run().exitCode()).isEqualTo(2);
        CliRunner.Outcome outcome = CliRunner.run("checklist");
        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("Ett underkommando krävs");
    }

    @Test
    void missingRequiredOptionIsABadUsage() {
        CliRunner.Outcome outcome = CliRunner.run("score", "--input", "x.csv");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("Obligatorisk flagga saknas: '--checklist=ID|FIL'");
    }

    @Test
    void versionIsPrinted() {
        CliRunner.Outcome outcome = CliRunner.run("--version");

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).startsWith("webbgranskning ");
    }
}
