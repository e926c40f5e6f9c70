package se.webbgranskning.app.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.webbgranskning.app.UserError;
import se.webbgranskning.app.db.TestDatabases;
import se.webbgranskning.app.serve.AppServices;
import se.webbgranskning.municipality.MunicipalityRegistry;

@Tag("database")
class UsersTest {

    private static final String PASSWORD = "ett-långt-lösenord";

    @TempDir
    Path data;

    private AppServices services;
    private Users users;

    @BeforeEach
    void open() {
        services = AppServices.open(TestDatabases.storage(data), MunicipalityRegistry.bundled(), Clock.systemUTC());
        users = services.users();
    }

    @Test
    void createsAnAccountWithAGeneratedPasswordThatLogsIn() {
        Users.Issued issued = users.create("admin", "Anna.Berg", "Anna Berg", Role.REVIEWER, null);

        assertThat(issued.user().username()).isEqualTo("anna.berg");
        assertThat(issued.password()).hasSize(16);
        assertThat(users.authenticate("anna.berg", issued.password())).contains(issued.user());
        assertThat(services.audit().forSubject("användare anna.berg"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo("admin");
                    assertThat(entry.afterValue()).isEqualTo("reviewer");
                });
    }

    @Test
    void refusesBadAccountsWithSwedishReasons() {
        assertThatThrownBy(() -> users.create("a", "x", "X", Role.REVIEWER, null, PASSWORD))
                .isInstanceOf(UserError.class).hasMessageContaining("Användarnamnet måste");
        assertThatThrownBy(() -> users.create("a", "anna", " ", Role.REVIEWER, null, PASSWORD))
                .isInstanceOf(UserError.class).hasMessageContaining("Ange ett namn");
        assertThatThrownBy(() -> users.create("a", "anna", "Anna", Role.REVIEWER, null, "kort"))
                .isInstanceOf(UserError.class).hasMessageContaining("minst 12 tecken");
        assertThatThrownBy(() -> users.create("a", "kommun", "Kommun", Role.MUNICIPALITY, null, PASSWORD))
                .isInstanceOf(UserError.class).hasMessageContaining("giltig kommunkod");
        assertThatThrownBy(() -> users.create("a", "kommun", "Kommun", Role.MUNICIPALITY, "9999", PASSWORD))
                .isInstanceOf(UserError.class).hasMessageContaining("giltig kommunkod");
        assertThatThrownBy(() -> users.create("a", "anna", "Anna", Role.REVIEWER, "0180", PASSWORD))
                .isInstanceOf(UserError.class).hasMessageContaining("Bara kommunkonton");
        assertThat(users.all()).isEmpty();
    }

    @Test
    void aUsernameIsTakenOnce() {
        users.create("a", "anna", "Anna", Role.REVIEWER, null, PASSWORD);

        assertThatThrownBy(() -> users.create("a", "ANNA", "Anna 2", Role.ADMIN, null, PASSWORD))
                .isInstanceOf(UserError.class).hasMessageContaining("upptaget");
    }

    @Test
    void aMunicipalityAccountBelongsToItsMunicipality() {
        User user = users.create("a", "stockholm", "Stockholms stad", Role.MUNICIPALITY, "0180", PASSWORD).user();

        assertThat(user.municipality()).contains("0180");
    }

    @Test
    void wrongUnknownAndDisabledAllFailAlike() {
        users.create("a", "anna", "Anna", Role.REVIEWER, null, PASSWORD);

        assertThat(users.authenticate("anna", "fel-lösenord-123")).isEmpty();
        assertThat(users.authenticate("okand", PASSWORD)).isEmpty();
        users.setDisabled("a", "anna", true);
        assertThat(users.authenticate("anna", PASSWORD)).isEmpty();
        users.setDisabled("a", "anna", false);
        assertThat(users.authenticate("anna", PASSWORD)).isPresent();
    }

    @Test
    void aResetPasswordReplacesTheOldOne() {
        users.create("a", "anna", "Anna", Role.REVIEWER, null, PASSWORD);

        Users.Issued reset = users.resetPassword("admin", "anna");

        assertThat(users.authenticate("anna", PASSWORD)).isEmpty();
        assertThat(users.authenticate("anna", reset.password())).isPresent();
        assertThat(services.audit().forSubject("användare anna")).extracting(e -> e.action())
                .containsExactly("konto skapat", "lösenord återställt");
    }

    @Test
    void changingAnAccountThatDoesNotExistSaysSo() {
        assertThatThrownBy(() -> users.resetPassword("a", "ingen"))
                .isInstanceOf(UserError.class).hasMessageContaining("inget konto");
        assertThatThrownBy(() -> users.setDisabled("a", "ingen", true))
                .isInstanceOf(UserError.class).hasMessageContaining("inget konto");
    }
}
