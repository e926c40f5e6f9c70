package se.webbgranskning.app.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.webbgranskning.app.cli.CliRunner;
import se.webbgranskning.app.db.TestDatabases;

/**
 * {@code backup} and {@code restore} through the database a data directory is configured for: PostgreSQL in the
 * PostgreSQL half of the suite (a schema of its own per directory), the embedded H2 file otherwise.
 */
@Tag("database")
class BackupOnConfiguredDatabaseTest {

    @Test
    void aBackupOfTheConfiguredDatabaseRestoresIntoAnotherOne(@TempDir Path root) {
        Path data = root.resolve("data");
        Path restored = root.resolve("restored");
        TestDatabases.prepare(data);
        assertThat(CliRunner.run("users", "add", "anna", "--role", "admin", "--data", data.toString()).exitCode())
                .isZero();
        assertThat(CliRunner.run("users", "add", "bengt", "--role", "reviewer", "--data", data.toString()).exitCode())
                .isZero();

        CliRunner.Outcome backup = CliRunner.run("backup", "--data", data.toString(), "--to",
                root.resolve("kopia").toString());
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        TestDatabases.prepare(restored);
        // restore wants an empty data directory, and in the PostgreSQL half the file naming the fresh schema sits in
        // the prepared directory: the restored data directory is then a new one below it, the file given by --config.
        CliRunner.Outcome restore = TestDatabases.postgreSql()
                ? CliRunner.run("restore", "--from", root.resolve("kopia").toString(), "--data",
                        restored.resolve("warc-och-mer").toString(), "--config",
                        restored.resolve("webbgranskning.properties").toString())
                : CliRunner.run("restore", "--from", root.resolve("kopia").toString(), "--data", restored.toString());
        assertThat(restore.exitCode()).as(restore.err()).isZero();

        Path restoredData = TestDatabases.postgreSql() ? restored.resolve("warc-och-mer") : restored;
        String[] config = TestDatabases.postgreSql()
                ? new String[] {"--config", restored.resolve("webbgranskning.properties").toString()}
                : new String[0];
        CliRunner.Outcome listed = CliRunner.run(concat(new String[] {"users", "list", "--data",
                restoredData.toString()}, config));
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("anna", "bengt");
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
