package se.webbgranskning.app.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.webbgranskning.app.TestFiles;
import se.webbgranskning.app.cli.CliRunner;
import se.webbgranskning.app.cli.InputFiles;

/**
 * Score files that are not what {@code score} expects, by accident or on purpose: each is refused with exit code
 * 1 and a message that names the line, and nothing is written to standard output.
 */
class HostileScoreFileTest {

    @TempDir
    Path directory;

    private CliRunner.Outcome score(byte[] content) throws IOException {
        Path input = Files.write(directory.resolve("poang.csv"), content);
        Path registry = TestFiles.copy("/cli/registry-small.csv", directory);
        return CliRunner.run("score", "--checklist", "delindex1-2026", "--input", input.toString(),
                "--municipalities", registry.toString(), "--data", directory.resolve("data").toString());
    }

    private CliRunner.Outcome score(String content) throws IOException {
        return score(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void windows1252IsRefusedWithTheLineOfTheFirstForeignCharacter() throws IOException {
        byte[] content = "kommunkod;punkt;poäng\n0114;A1;2\n0114;A2;ej tillämpligt\n"
                .getBytes(Charset.forName("windows-1252"));

        CliRunner.Outcome outcome = score(content);

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).contains("är inte UTF-8: rad 1 ", "CSV UTF-8");
        assertThat(outcome.out()).isEmpty();
    }

    @Test
    void binaryGarbageIsRefused() throws IOException {
        byte[] garbage = new byte[100_000];
        new Random(7).nextBytes(garbage);

        CliRunner.Outcome outcome = score(garbage);

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).contains("är inte UTF-8: rad ");
        assertThat(outcome.out()).isEmpty();
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws IOException {
        byte[] huge = new byte[InputFiles.MAX_TEXT_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) '\n');

        CliRunner.Outcome outcome = score(huge);

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).contains("är för stor: högst 20 MB");
    }

    @Test
    void anUnclosedQuoteIsRefusedWithItsLine() throws IOException {
        CliRunner.Outcome outcome = score("kommunkod;punkt;poäng\n0114;A1;2\n0114;\"A2;2\n0114;A3;2\n");

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).contains("Filen kunde inte tolkas").containsPattern("rad 3|line 3");
        assertThat(outcome.out()).isEmpty();
    }

    @Test
    void quotedNewlinesAndFormulasAreNoCodesOrItems() throws IOException {
        CliRunner.Outcome outcome = score("kommunkod;punkt;poäng\n\"0114\n0180\";A1;2\n=cmd|' /C calc'!A0;A1;2\n"
                + "0114;\"A1\"\"\";2\n");

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).contains("kommunkoden '0114\n0180' ska vara fyra siffror",
                "kommunkoden '=cmd|' /C calc'!A0' ska vara fyra siffror", "punkten 'A1\"' finns inte");
        assertThat(outcome.out()).isEmpty();
    }
}
