package se.webbgranskning.app.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.webbgranskning.app.cli.CliRunner;

/**
 * A database that cannot be opened at start (a damaged file, a folder where the file should be): the command
 * stops with exit code 1 and a Swedish message that names the file and what to do, without a stack trace,
 * and leaves the file as it was. (Another program holding the file is covered by DemoJarIT.)
 */
class DatabaseAtStartTest {

    @TempDir
    Path data;

    @Test
    void aDamagedDatabaseFileIsNamedAndLeftAlone() throws Exception {
        byte[] garbage = new byte[50_000];
        new Random(8).nextBytes(garbage);
        Path file = data.resolve("webbgranskning.mv.db");
        Files.write(file, garbage);

        CliRunner.Outcome outcome = CliRunner.run("users", "list", "--data", data.toString());

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).contains("databasfilen " + file, "är skadad", "säkerhetskopia")
                .doesNotContain("Exception", "\tat ", "SQL State");
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    }

    @Test
    void aFolderWhereTheDatabaseFileShouldBeIsRefusedTheSameWay() throws Exception {
        Files.createDirectories(data.resolve("webbgranskning.mv.db"));

        CliRunner.Outcome outcome = CliRunner.run("users", "list", "--data", data.toString());

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).contains("går inte att läsa").doesNotContain("Exception", "\tat ");
    }
}
