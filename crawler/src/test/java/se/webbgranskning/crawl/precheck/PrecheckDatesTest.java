package se.webbgranskning.crawl.precheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.webbgranskning.checklist.BundledChecklists;
import se.webbgranskning.checklist.Checklist;

/** Dates: the current year near fees (never taken from a page date), and last-updated dates within twelve months. */
class PrecheckDatesTest {

    private static final Checklist CHECKLIST = BundledChecklists.load("delindex1-2026").orElseThrow();

    private static ItemSuggestion item(String id, PrecheckInput input, LocalDate day) {
        return Precheck.run(CHECKLIST, input, day).stream().filter(s -> s.itemId().equals(id)).findFirst().orElseThrow();
    }

    private static PrecheckInput fees(String text) {
        return new TestSnapshots().page("/omsorg/hemtjanst/avgifter", "Avgifter för hemtjänst", text, 2).input();
    }

    @Test
    void feesOfTheCurrentYearAreLikelyPresent() {
        PrecheckInput input = fees("Avgifter för hemtjänst 2026\nHemtjänst kostar 395 kronor per timme.");

        assertThat(item("C1", input, LocalDate.of(2026, 8, 15)).verdict()).isEqualTo(Verdict.LIKELY_PRESENT);
        ItemSuggestion nextYear = item("C1", input, LocalDate.of(2027, 2, 1));
        assertThat(nextYear.verdict()).isEqualTo(Verdict.PARTLY);
        assertThat(nextYear.missing()).containsExactly("signal:current-year");
    }

    @Test
    void aPageDateIsNotTheYearTheFeesApplyTo() {
        PrecheckInput input = fees("Hemtjänst kostar 395 kronor per timme.\nSenast uppdaterad 2026-01-08");

        assertThat(item("C1", input, LocalDate.of(2026, 8, 15)).missing()).containsExactly("signal:current-year");
    }

    @Test
    void theYearInAPdfTitleCounts() {
        PrecheckInput input = new TestSnapshots()
                .pdf("/download/18.1/17/taxa-hemtjanst-2026.pdf", "Taxa för hemtjänst 2026",
                        "Taxa för hemtjänst\nHemtjänst: 380 kronor per timme.\nMaxtaxa: 2 575 kronor per månad.", 4)
                .input();

        assertThat(item("C1", input, LocalDate.of(2026, 8, 15)).verdict()).isEqualTo(Verdict.LIKELY_PRESENT);
        assertThat(item("C2", input, LocalDate.of(2026, 8, 15)).verdict()).isEqualTo(Verdict.LIKELY_PRESENT);
    }

    @Test
    void lastUpdatedWithinTwelveMonthsOnTheMainPageAndMostPagesUnderIt() {
        PrecheckInput input = new TestSnapshots()
                .page("/omsorg/hemtjanst/", "Hemtjänst", "Hemtjänst\nOm hemtjänst.\nSidan uppdaterades 2 mars 2026", 2,
                        LocalDate.of(2026, 3, 2))
                .page("/omsorg/hemtjanst/ansok", "Ansök om hemtjänst", "Ansök om hemtjänst\nRing oss.", 3,
                        LocalDate.of(2025, 10, 1))
                .page("/omsorg/hemtjanst/avgifter", "Avgifter för hemtjänst", "Avgifter för hemtjänst\nSe taxan.", 3)
                .input();

        ItemSuggestion recent = item("F6", input, LocalDate.of(2026, 8, 15));
        assertThat(recent.verdict()).isEqualTo(Verdict.LIKELY_PRESENT);
        assertThat(recent.evidence()).first().satisfies(e -> {
            assertThat(e.quote()).isEqualTo("Sidan uppdaterades 2 mars 2026");
            assertThat(e.why()).contains("inom 12 månader");
        });
        assertThat(item("F6", input, LocalDate.of(2026, 11, 1)).verdict())
                .as("only the main page (1 of 3) is recent in November").isEqualTo(Verdict.PARTLY);
        assertThat(item("F6", input, LocalDate.of(2027, 6, 1)).verdict()).isEqualTo(Verdict.PARTLY);
    }

    @Test
    void clickDepthOfTheHomeCarePage() {
        PrecheckInput deep = new TestSnapshots()
                .page("/a/b/c/hjalp-i-hemmet", "Hjälp i hemmet - Exempelby", "Hjälp i hemmet\nVi hjälper dig.", 4)
                .input();
        PrecheckInput near = new TestSnapshots()
                .page("/omsorg/hemtjanst", "Exempelby kommun - Hemtjänst", "Hemtjänst\nVi hjälper dig.", 1)
                .page("/nyheter/ny-chef-i-hemtjansten", "Ny chef i hemtjänsten har börjat i veckan", "Nyhet", 0)
                .input();

        ItemSuggestion a5deep = item("A5", deep, LocalDate.of(2026, 8, 15));
        assertThat(a5deep.verdict()).isEqualTo(Verdict.PARTLY);
        assertThat(a5deep.evidence()).first().satisfies(e -> assertThat(e.why()).contains("4 klick", "fler än 3"));
        ItemSuggestion a5near = item("A5", near, LocalDate.of(2026, 8, 15));
        assertThat(a5near.verdict()).isEqualTo(Verdict.LIKELY_PRESENT);
        assertThat(a5near.evidence()).first().satisfies(e -> {
            assertThat(e.url()).endsWith("/omsorg/hemtjanst");
            assertThat(e.why()).isEqualTo("sidan ”Hemtjänst” nås med 1 klick från startsidan");
        });
        assertThat(a5near.rulesFired()).contains("signal:click-depth");
    }
}
