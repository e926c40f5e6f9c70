package se.webbgranskning.app.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.webbgranskning.app.cli.CliRunner;
import se.webbgranskning.app.db.TestDatabases;
import se.webbgranskning.app.serve.AppServices;
import se.webbgranskning.municipality.MunicipalityRegistry;

@Tag("database")
class UsersCommandTest {

    @TempDir
    Path data;

    @BeforeEach
    void database() {
        TestDatabases.prepare(data);
    }

    @Test
    void theFirstAdminIsMadeFromTheCommandLineWithAPasswordPrintedOnce() {
        CliRunner.Outcome result = CliRunner.run("users", "add", "petra", "--name", "Petra P", "--role", "admin",
                "--data", data.toString());

        assertThat(result.exitCode()).isZero();
        Matcher password = Pattern.compile("Lösenord: (\\S+)").matcher(result.out());
        assertThat(password.find()).isTrue();
        assertThat(services().users().authenticate("petra", password.group(1))).hasValueSatisfying(user ->
                assertThat(user.role()).isEqualTo(Role.ADMIN));
    }

    @Test
    void listsDisablesEnablesAndResets() {
        CliRunner.run("users", "add", "anna", "--role", "reviewer", "--data", data.toString());
        CliRunner.run("users", "add", "solna", "--role", "municipality", "--municipality", "0184", "--data",
                data.toString());

        assertThat(CliRunner.run("users", "disable", "anna", "--data", data.toString()).out()).contains("avstängt");
        assertThat(CliRunner.run("users", "list", "--data", data.toString()).out())
                .containsPattern("anna\\s+Granskare\\s+avstängt")
                .containsPattern("solna\\s+Kommun\\s+0184\\s+aktivt");
        CliRunner.run("users", "enable", "anna", "--data", data.toString());
        CliRunner.Outcome reset = CliRunner.run("users", "reset", "anna", "--data", data.toString());
        String password = reset.out().replaceAll("(?s).*: (\\S+)\\s*$", "$1");
        assertThat(services().users().authenticate("anna", password)).isPresent();
    }

    @Test
    void badInputExitsWithASwedishMessage() {
        CliRunner.Outcome role = CliRunner.run("users", "add", "anna", "--role", "chef", "--data", data.toString());
        CliRunner.Outcome municipality = CliRunner.run("users", "add", "kommun", "--role", "municipality",
                "--data", data.toString());
        CliRunner.Outcome unknown = CliRunner.run("users", "reset", "ingen", "--data", data.toString());

        assertThat(role.exitCode()).isEqualTo(2);
        assertThat(role.err()).contains("Okänd roll 'chef'");
        assertThat(municipality.exitCode()).isEqualTo(1);
        assertThat(municipality.err()).contains("giltig kommunkod");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("inget konto med användarnamnet ingen");
    }

    private AppServices services() {
        return AppServices.open(TestDatabases.storage(data), MunicipalityRegistry.bundled(), Clock.systemUTC());
    }
}
