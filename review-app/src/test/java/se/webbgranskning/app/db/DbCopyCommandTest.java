package se.webbgranskning.app.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.webbgranskning.app.cli.CliRunner;
import se.webbgranskning.crawl.fixture.FixtureOptions;
import se.webbgranskning.crawl.fixture.FixtureWeb;

/**
 * {@code db copy}: an embedded installation's database copied into the database a data directory is configured
 * for — PostgreSQL in the PostgreSQL half of the suite, another embedded H2 database otherwise.
 */
@Tag("database")
class DbCopyCommandTest {

    private static final List<String> TABLES = List.of("crawl_round", "crawl_site", "crawl_page", "crawl_link",
            "app_user", "audit_log");

    @Test
    void copiesEveryTableAndTheTargetWorksAfterwards(@TempDir Path source, @TempDir Path target) throws Exception {
        try (FixtureWeb web = FixtureWeb.start(new FixtureOptions(0, Duration.ofSeconds(1)))) {
            CliRunner.Outcome crawl = CliRunner.run("crawl", "--data", source.toString(), "--allow-local",
                    "--resolve", "*.test=127.0.0.1", "--delay", "20ms", "--timeout", "1s",
                    "--site", web.site("ekbacka").code() + "=" + web.site("ekbacka").startUrl());
            assertThat(crawl.exitCode()).as(crawl.err()).isZero();
        }
        CliRunner.Outcome user = CliRunner.run("users", "add", "anna", "--role", "admin", "--data", source.toString());
        assertThat(user.exitCode()).as(user.err()).isZero();
        TestDatabases.prepare(target);

        CliRunner.Outcome copy = CliRunner.run("db", "copy", "--from", source.toString(), "--data", target.toString());

        assertThat(copy.exitCode()).as(copy.err()).isZero();
        assertThat(copy.out()).contains("Kopierade", "crawl_page");
        Jdbi from = Database.open(DatabaseSettings.embedded(source));
        Jdbi to = Database.open(TestDatabases.storage(target).database());
        for (String table : TABLES) {
            assertThat(count(to, table)).as(table).isEqualTo(count(from, table)).isPositive();
        }
        String sample = "SELECT url, title, main_text FROM crawl_page ORDER BY page_id";
        List<Map<String, Object>> copiedPages = to.withHandle(h -> h.createQuery(sample).mapToMap().list());
        List<Map<String, Object>> sourcePages = from.withHandle(h -> h.createQuery(sample).mapToMap().list());
        assertThat(copiedPages).isEqualTo(sourcePages);
        CliRunner.Outcome second = CliRunner.run("users", "add", "bengt", "--role", "reviewer", "--data",
                target.toString());
        assertThat(second.exitCode()).as("identity counters moved past the copied ids: " + second.err()).isZero();
        CliRunner.Outcome listed = CliRunner.run("users", "list", "--data", target.toString());
        assertThat(listed.out()).contains("anna", "bengt");
    }

    @Test
    void aTargetWithDataOrAMissingSourceIsRefused(@TempDir Path source, @TempDir Path target) {
        assertThat(CliRunner.run("db", "copy", "--from", source.toString(), "--data", target.toString())
                .err()).contains("Det finns ingen inbyggd databas i");

        CliRunner.run("users", "add", "anna", "--role", "admin", "--data", source.toString());
        TestDatabases.prepare(target);
        CliRunner.run("users", "add", "bengt", "--role", "admin", "--data", target.toString());
        CliRunner.Outcome refused = CliRunner.run("db", "copy", "--from", source.toString(), "--data",
                target.toString());
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err()).containsIgnoringCase("rader");
        assertThat(CliRunner.run("users", "list", "--data", target.toString()).out()).contains("bengt")
                .doesNotContain("anna");
        Jdbi untouched = Database.open(TestDatabases.storage(target).database());
        assertThat(count(untouched, "app_user")).as("nothing copied into a target that held rows").isEqualTo(1);
    }

    private static long count(Jdbi jdbi, String table) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }
}
