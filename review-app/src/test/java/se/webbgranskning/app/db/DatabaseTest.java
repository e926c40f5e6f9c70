package se.webbgranskning.app.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.IntStream;

import org.h2.command.Command;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.webbgranskning.app.cli.CliFailure;

/** Opening the database, embedded or on a server (in the PostgreSQL run): migrated once, found again, or refused. */
@Tag("database")
class DatabaseTest {

    @TempDir
    Path directory;

    @Test
    void nothingIsFoundWhereNoDatabaseWasMadeAndWhatOneOpeningWroteTheNextFinds() {
        Storage storage = TestDatabases.storage(directory.resolve("data"));

        assertThat(Database.openIfExists(storage.database())).isEmpty();
        Jdbi jdbi = Database.open(storage.database());
        jdbi.useHandle(handle -> handle.execute("INSERT INTO crawl_round (round_id, started_at, settings)"
                + " VALUES ('2026-11-25-1', CURRENT_TIMESTAMP, '{}')"));

        Jdbi again = Database.openIfExists(storage.database()).orElseThrow();
        String round = again.withHandle(handle -> handle.createQuery("SELECT round_id FROM crawl_round")
                .mapTo(String.class).one());
        List<String> versions = jdbi.withHandle(handle -> handle.createQuery("SELECT \"version\" FROM"
                + " \"flyway_schema_history\" WHERE \"type\" = 'SQL' AND \"success\" = TRUE ORDER BY \"installed_rank\"")
                .mapTo(String.class).list());

        assertThat(round).isEqualTo("2026-11-25-1");
        assertThat(versions).as("V1, V2, … each once, in order").hasSizeGreaterThanOrEqualTo(9)
                .isEqualTo(IntStream.rangeClosed(1, versions.size()).mapToObj(Integer::toString).toList());
    }

    @Test
    void everyH2DatabaseWritesACommitBeforeItReturnsTheEmbeddedOneAndOneNamedByUrl() {
        DatabaseSettings named = new DatabaseSettings("jdbc:h2:file:" + directory.resolve("annan"), "", "",
                DatabaseSettings.DEFAULT_POOL_SIZE, false, directory);
        for (DatabaseSettings settings : List.of(DatabaseSettings.embedded(directory.resolve("data")), named)) {
            List<String> writeDelay = Database.open(settings).withHandle(handle -> handle.createQuery(
                            "SELECT SETTING_NAME || '=' || SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                                    + " WHERE SETTING_NAME = 'WRITE_DELAY'")
                    .mapTo(String.class).list());
            assertThat(writeDelay).as(settings.location()).isNotEmpty().containsOnly("WRITE_DELAY=0");
        }
    }

    /**
     * H2 keeps a connection's parsed statements only until the connection is rolled back; a pool that rolls back
     * every connection it hands out (as H2's own does) made every request parse its statements again.
     */
    @Test
    void anEmbeddedConnectionKeepsItsParsedStatementsFromOneUseToTheNext() throws SQLException {
        Jdbi jdbi = Database.open(DatabaseSettings.embedded(directory.resolve("data")));
        String sql = "SELECT round_id FROM crawl_round WHERE round_id = ?";

        Command first = jdbi.inTransaction(handle -> parsed(handle, sql));
        Command second = jdbi.withHandle(handle -> parsed(handle, sql));

        assertThat(second).as("the statement parsed in the previous use of the connection").isSameAs(first);
    }

    private static Command parsed(Handle handle, String sql) throws SQLException {
        SessionLocal session = (SessionLocal) handle.getConnection().unwrap(JdbcConnection.class).getSession();
        Command command = session.prepareLocal(sql);
        command.close();
        return command;
    }

    @Test
    void anH2DatabaseNamedByUrlThatCannotBeOpenedIsAFailureNamingIt() throws Exception {
        Files.writeString(directory.resolve("annan.mv.db"), "inte en databas");
        DatabaseSettings named = new DatabaseSettings("jdbc:h2:file:" + directory.resolve("annan"), "", "",
                DatabaseSettings.DEFAULT_POOL_SIZE, false, directory);

        assertThatThrownBy(() -> Database.open(named))
                .isInstanceOf(CliFailure.class)
                .hasMessageStartingWith(
                        "Databasen jdbc:h2:file:" + directory.resolve("annan") + " kunde inte öppnas: ");
        assertThat(Files.readString(directory.resolve("annan.mv.db"))).isEqualTo("inte en databas");
    }

    @Test
    void anUnreachableServerIsAFailureThatSaysWhatToCheck() {
        DatabaseSettings nowhere = new DatabaseSettings("jdbc:postgresql://127.0.0.1:1/ingen", "granskning",
                "hemligt-99", 2, false, directory);

        assertThatThrownBy(() -> Database.open(nowhere))
                .isInstanceOf(CliFailure.class)
                .hasMessageStartingWith("Databasen jdbc:postgresql://127.0.0.1:1/ingen kunde inte nås: ")
                .hasMessageContaining("Kontrollera db.url, db.user och db.password")
                .hasMessageNotContaining("hemligt-99");
    }

    @Test
    void aWrongPasswordIsRefusedWithoutShowingIt() {
        assumeTrue(TestDatabases.postgreSql(), "needs the PostgreSQL test server");
        DatabaseSettings settings = TestDatabases.storage(directory.resolve("data")).database();
        DatabaseSettings wrong = new DatabaseSettings(settings.url(), settings.user(), "fel-lösenord-7",
                settings.poolSize(), false, settings.dataDirectory());

        assertThatThrownBy(() -> Database.open(wrong))
                .isInstanceOf(CliFailure.class)
                .hasMessageContaining("kunde inte nås")
                .hasMessageContaining("password authentication failed")
                .hasMessageNotContaining("fel-lösenord-7");
    }

    @Test
    void passwordsInTheUrlAreMaskedWhereverItIsShown() {
        DatabaseSettings settings = new DatabaseSettings(
                "jdbc:postgresql://db/wg?ssl=true&password=hemligt&sslpassword=ocksa;x=1", "wg", "pw", 2, false,
                directory);

        assertThat(settings.location())
                .isEqualTo("jdbc:postgresql://db/wg?ssl=true&password=******&sslpassword=******;x=1");
        assertThat(settings.toString()).doesNotContain("hemligt").doesNotContain("ocksa").doesNotContain("pw");
    }
}
