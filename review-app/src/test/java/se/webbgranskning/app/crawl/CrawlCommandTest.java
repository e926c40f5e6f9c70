package se.webbgranskning.app.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.webbgranskning.app.cli.CliRunner;
import se.webbgranskning.app.cli.ExitCodes;
import se.webbgranskning.app.db.TestDatabases;
import se.webbgranskning.crawl.fixture.FixtureOptions;
import se.webbgranskning.crawl.fixture.FixtureWeb;

/** {@code crawl} and {@code pages} from the command line, against the fixture web on 127.0.0.1. */
@Tag("database")
class CrawlCommandTest {

    private static FixtureWeb web;

    @BeforeAll
    static void startWeb() throws Exception {
        web = FixtureWeb.start(new FixtureOptions(0, Duration.ofSeconds(2)));
    }

    @AfterAll
    static void stopWeb() {
        web.close();
    }

    private static String site(String key) {
        return web.site(key).code() + "=" + web.site(key).startUrl();
    }

    @Test
    void verifyFindsDamageInTheArchiveAndSaysWhere(@TempDir Path dir) throws Exception {
        TestDatabases.prepare(dir);
        assertThat(CliRunner.run("verify", "--data", dir.toString()).err()).contains("ingen databas");
        CliRunner.Outcome crawl = CliRunner.run("crawl", "--data", dir.toString(), "--allow-local",
                "--resolve", "*.test=127.0.0.1", "--delay", "20ms", "--timeout", "1s", "--site", site("norrvik"));
        assertThat(crawl.exitCode()).as(crawl.err()).isZero();

        CliRunner.Outcome intact = CliRunner.run("verify", "--data", dir.toString());
        assertThat(intact.exitCode()).as(intact.err()).isZero();
        assertThat(intact.out()).contains("Kontrollerade").contains("Inga fel");

        Path warc;
        try (var files = Files.walk(dir.resolve("warc"))) {
            warc = files.filter(f -> f.toString().endsWith(".warc.gz")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(warc);
        bytes[bytes.length / 2] ^= (byte) 0xFF;
        Files.write(warc, bytes);

        CliRunner.Outcome damaged = CliRunner.run("verify", "--data", dir.toString());
        assertThat(damaged.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(damaged.err()).contains("poster har fel").contains(warc.getFileName().toString())
                .contains("skadad post");
        assertThat(CliRunner.run("verify", "--data", dir.toString(), "--round", "1999-01-01-1").err())
                .contains("finns inte");
    }

    @Test
    void crawlsSitesWritesAReportAndListsTheirPages(@TempDir Path dir) throws Exception {
        TestDatabases.prepare(dir);
        Path report = dir.resolve("rapport.json");
        CliRunner.Outcome crawl = CliRunner.run("crawl", "--data", dir.toString(), "--allow-local",
                "--resolve", "*.test=127.0.0.1", "--delay", "20ms", "--timeout", "1s",
                "--site", site("ekbacka"), "--site", site("stormby"), "--report", report.toString());

        assertThat(crawl.exitCode()).as(crawl.err()).isZero();
        assertThat(crawl.out()).contains("VARNING: --allow-local").contains("[2/2]").contains("Omgång ");
        JsonNode json = new ObjectMapper().readTree(Files.readString(report));
        String round = json.get("round").asText();
        JsonNode ekbacka = findSite(json, "9901");
        assertThat(ekbacka.get("pages").asInt()).isGreaterThan(10);
        assertThat(ekbacka.get("pdfs").asInt()).isEqualTo(1);
        assertThat(ekbacka.get("bytes").asLong()).isPositive();
        assertThat(ekbacka.get("limitsHit").isArray()).isTrue();
        assertThat(findSite(json, "9906").get("failures").get("robotsDenied").asInt()).isEqualTo(1);
        assertThat(Files.list(dir.resolve("warc").resolve(round)).count()).isGreaterThanOrEqualTo(2);

        CliRunner.Outcome table = CliRunner.run("pages", "--data", dir.toString(), "--round", round,
                "--municipality", "9901");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("Hemtjänst - Ekbacka kommun").contains("KLICK");

        CliRunner.Outcome asJson = CliRunner.run("pages", "--data", dir.toString(), "--round", round,
                "--municipality", "9901", "--format", "json");
        JsonNode pages = new ObjectMapper().readTree(asJson.out());
        assertThat(pages.size()).isGreaterThan(10);
        assertThat(pages.get(0).get("clickDepth").asInt()).isZero();

        String careUrl = web.site("ekbacka").startUrl().resolve("/omsorg-och-stod/aldreomsorg/hemtjanst/").toString();
        CliRunner.Outcome text = CliRunner.run("pages", "--data", dir.toString(), "--round", round,
                "--municipality", "9901", "--text", careUrl);
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("Hemtjänst").doesNotContain("<p>");

        CliRunner.Outcome reindex = CliRunner.run("reindex", "--data", dir.toString(), round);
        assertThat(reindex.exitCode()).as(reindex.err()).isZero();
        assertThat(reindex.out()).contains("Omgång " + round).doesNotContain("Varning");
        JsonNode reindexed = new ObjectMapper().readTree(CliRunner.run("pages", "--data", dir.toString(), "--round",
                round, "--municipality", "9901", "--format", "json").out());
        assertThat(reindexed).isEqualTo(pages);

        CliRunner.Outcome resumeDone = CliRunner.run("crawl", "--data", dir.toString(), "--resume", round);
        assertThat(resumeDone.exitCode()).as(resumeDone.err()).isZero();
        assertThat(resumeDone.out()).contains("Fortsätter omgång " + round).contains("0 sidor");
    }

    @Test
    void resumeAndReindexExplainWhatIsWrong(@TempDir Path dir) {
        assertThat(CliRunner.run("crawl", "--data", dir.toString(), "--resume", "2026-01-01-1", "--site",
                site("ekbacka")).err()).contains("ange inte --municipality eller --site");
        assertThat(CliRunner.run("crawl", "--data", dir.toString(), "--resume", "2026-01-01-1").err())
                .contains("ingen omgång att fortsätta");
        assertThat(CliRunner.run("reindex", "--data", dir.toString(), "2026-01-01-1").err())
                .contains("Kör 'webbgranskning crawl' först");
    }

    @Test
    void refusesLocalAddressesWithoutAllowLocal(@TempDir Path dir) {
        int before = web.requestCount("www.ekbacka.test", "/robots.txt");
        CliRunner.Outcome crawl = CliRunner.run("crawl", "--data", dir.toString(), "--resolve", "*.test=127.0.0.1",
                "--delay", "20ms", "--site", site("ekbacka"));
        assertThat(crawl.exitCode()).isZero();
        assertThat(crawl.out()).doesNotContain("VARNING").contains("0 sidor");
        assertThat(web.requestCount("www.ekbacka.test", "/robots.txt")).isEqualTo(before);
    }

    @Test
    void explainsBadInputWithoutCrawling(@TempDir Path dir) {
        assertThat(CliRunner.run("crawl", "--data", dir.toString(), "--municipality", "0000").err())
                .contains("Kommunkoden 0000 finns inte");
        assertThat(CliRunner.run("crawl", "--data", dir.toString(), "--site", "ekbacka").err())
                .contains("--site väntar sig KOD=URL");
        assertThat(CliRunner.run("crawl", "--data", dir.toString(), "--site", "99=http://x.test/").err())
                .contains("fyra siffror");
        assertThat(CliRunner.run("crawl", "--data", dir.toString(), "--delay", "snabbt").err())
                .contains("ingen tid");
        assertThat(CliRunner.run("crawl", "--data", dir.toString(), "--resolve", "x.test=localhost").err())
                .contains("IP-adress");
        assertThat(Files.exists(dir.resolve("warc"))).isFalse();
    }

    @Test
    void pagesExplainsAMissingDatabaseOrRound(@TempDir Path dir) {
        CliRunner.Outcome none = CliRunner.run("pages", "--data", dir.resolve("tom").toString(), "--round", "x",
                "--municipality", "9901");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).contains("Kör 'webbgranskning crawl' först");
        assertThat(Files.exists(dir.resolve("tom"))).isFalse();
    }

    private static JsonNode findSite(JsonNode report, String code) {
        for (JsonNode site : report.get("municipalities")) {
            if (site.get("kommunkod").asText().equals(code)) {
                return site;
            }
        }
        throw new AssertionError("kommun " + code + " saknas i rapporten");
    }
}
