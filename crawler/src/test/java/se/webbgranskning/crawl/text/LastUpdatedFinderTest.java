package se.webbgranskning.crawl.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LastUpdatedFinderTest {

    /** "Today" for every test: 2026-03-20, so 2026-03-21 is still plausible and 2026-03-22 is not. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"), ZoneOffset.UTC);

    private final LastUpdatedFinder finder = new LastUpdatedFinder(CLOCK);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Senast uppdaterad: 2026-03-14                | 2026-03-14",
        "Sidan uppdaterades 14 mars 2026              | 2026-03-14",
        "Uppdaterad 3 feb. 2025                       | 2025-02-03",
        "Senast ändrad 2026-03-14 10:42               | 2026-03-14",
        "Sidan ändrades den 5 okt 2024                | 2024-10-05",
        "Granskad: 1/12 2025                          | 2025-12-01",
        "Senast granskad 7.6.2023                     | 2023-06-07",
        "Uppdaterad 9 sept 2025                       | 2025-09-09",
        "Uppdaterad 9 SEPTEMBER 2025                  | 2025-09-09",
        "Uppdaterad: 30 jun 2025                      | 2025-06-30",
        "Uppdaterad: 1 juli 2025                      | 2025-07-01",
        "Senast uppdaterad\\n2026-01-02               | 2026-01-02",
    })
    void swedishPhrasings(String text, LocalDate expected) {
        assertThat(finder.find(emptyDoc(), text.replace("\\n", "\n"))).contains(expected);
    }

    @Test
    void aDateWithoutAnUpdateWordIsNotTheUpdateDate() {
        assertThat(finder.find(emptyDoc(), "Ansökan ska vara inne senast 2026-03-01.")).isEmpty();
        assertThat(finder.find(emptyDoc(), "Uppdaterad lista över utförare. Beslut fattat 2026-03-01.")).isEmpty();
    }

    @Test
    void impossibleDatesAreRejected() {
        assertThat(finder.find(emptyDoc(), "Senast uppdaterad: 2026-02-30")).isEmpty();
        assertThat(finder.find(emptyDoc(), "Senast uppdaterad: 31 april 2025")).isEmpty();
        assertThat(finder.find(emptyDoc(), "Senast uppdaterad: 2025-13-01")).isEmpty();
    }

    @Test
    void datesBefore1995OrMoreThanADayAheadAreRejected() {
        assertThat(finder.find(emptyDoc(), "Senast uppdaterad: 1994-12-31")).isEmpty();
        assertThat(finder.find(emptyDoc(), "Senast uppdaterad: 2026-03-22")).isEmpty();
        assertThat(finder.find(emptyDoc(), "Senast uppdaterad: 2026-03-21")).contains(LocalDate.of(2026, 3, 21));
        assertThat(finder.find(emptyDoc(), "Senast uppdaterad: 1995-01-01")).contains(LocalDate.of(1995, 1, 1));
    }

    @Test
    void aRejectedDateLetsTheNextEvidenceCount() {
        Document doc = doc("<meta name=\"dcterms.modified\" content=\"2025-05-05\">", "");

        assertThat(finder.find(doc, "Senast uppdaterad: 2030-01-01")).contains(LocalDate.of(2025, 5, 5));
    }

    @Test
    void theLatestOfSeveralUpdateDatesWins() {
        String text = "Granskad 2025-01-10\nSenast uppdaterad 2026-02-01\nÄndrad 2025-12-24";

        assertThat(finder.find(emptyDoc(), text)).contains(LocalDate.of(2026, 2, 1));
    }

    @Test
    void publishedIsOnlyAFallbackWhenNothingSaysUpdated() {
        assertThat(finder.find(emptyDoc(), "Publicerad 2026-03-01\nUppdaterad 2025-06-01"))
                .contains(LocalDate.of(2025, 6, 1));
        assertThat(finder.find(emptyDoc(), "Publicerad 2026-03-01")).contains(LocalDate.of(2026, 3, 1));
    }

    @Test
    void timeElementNextToAnUpdateLabel() {
        Document doc = doc("", "<p class=\"meta\">Senast uppdaterad <time datetime=\"2026-02-14T09:30\">"
                + "14 februari</time></p><p>Publicerad <time datetime=\"2026-03-10\">10 mars</time></p>");

        assertThat(finder.find(doc, "")).contains(LocalDate.of(2026, 2, 14));
    }

    @Test
    void wordpressTimeElementMarkedUpdatedByClass() {
        Document doc = doc("", "<span class=\"posted-on\"><time class=\"entry-date published\" "
                + "datetime=\"2026-03-01T10:00:00+01:00\">1 mars</time><time class=\"updated\" "
                + "datetime=\"2025-12-01T10:00:00+01:00\">1 december</time></span>");

        assertThat(finder.find(doc, "")).contains(LocalDate.of(2025, 12, 1));
    }

    @Test
    void modificationMetadataIsUsedWhenThePageSaysNothing() {
        assertThat(finder.find(doc("<meta property=\"article:modified_time\" content=\"2026-01-10T08:00:00+01:00\">",
                ""), "")).contains(LocalDate.of(2026, 1, 10));
        assertThat(finder.find(doc("<meta name=\"DC.date.modified\" content=\"2025-08-01\">", ""), ""))
                .contains(LocalDate.of(2025, 8, 1));
        assertThat(finder.find(doc("<meta http-equiv=\"last-modified\" content=\"Sat, 14 Mar 2026 10:42:00 GMT\">",
                ""), "")).contains(LocalDate.of(2026, 3, 14));
    }

    @Test
    void visibleTextWinsOverMetadataAndMainTextOverTheRestOfThePage() {
        Document doc = doc("<meta name=\"last-modified\" content=\"2026-03-19\">",
                "<div class=\"content\"><p>Senast uppdaterad 2026-01-05</p></div>"
                        + "<footer>Sidan uppdaterades 2026-03-01</footer>");

        assertThat(finder.find(doc, "Senast uppdaterad 2026-01-05")).contains(LocalDate.of(2026, 1, 5));
        assertThat(finder.find(doc, "Ingen datumuppgift här.")).contains(LocalDate.of(2026, 3, 1));
    }

    @Test
    void theExtractorReportsTheDateOfAWholePage() {
        String html = "<html><head><title>T</title></head><body><main><h1>Hemtjänst</h1><p>Text om hemtjänst "
                + "som är tillräckligt lång för att räknas som sidans huvudinnehåll i testet.</p>"
                + "<p>Sidan uppdaterades 14 mars 2026</p></main></body></html>";

        HtmlPage page = new HtmlExtractor(finder).extract(html.getBytes(StandardCharsets.UTF_8),
                Optional.empty(), URI.create("https://www.exempelby.se/"));

        assertThat(page.lastUpdated()).contains(LocalDate.of(2026, 3, 14));
    }

    private static Document emptyDoc() {
        return Jsoup.parse("<html><head></head><body></body></html>");
    }

    private static Document doc(String head, String body) {
        return Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>");
    }
}
