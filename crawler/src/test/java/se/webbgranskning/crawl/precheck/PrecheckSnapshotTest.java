package se.webbgranskning.crawl.precheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.webbgranskning.checklist.BundledChecklists;
import se.webbgranskning.checklist.Checklist;

/** The pre-check on real crawled snapshots: read from the page index, PDFs included, deterministic, explained. */
@Tag("database")
class PrecheckSnapshotTest {

    private static final Checklist CHECKLIST = BundledChecklists.load("delindex1-2026").orElseThrow();
    private static final List<String> SITES =
            List.of("ekbacka", "norrvik", "sjoholm", "lillfors", "robotsby", "stormby", "krokvik");

    private static PrecheckInput read(String key) {
        PrecheckFixtureCrawl crawl = PrecheckFixtureCrawl.get();
        return new PrecheckInputReader(crawl.jdbi).read(crawl.round, crawl.code(key)).orElseThrow();
    }

    private static ItemSuggestion item(String key, String itemId) {
        return Precheck.run(CHECKLIST, read(key), PrecheckMeasurementTest.REVIEW_DAY).stream()
                .filter(s -> s.itemId().equals(itemId)).findFirst().orElseThrow();
    }

    @Test
    void readsPagesWithTextAndTheRedirectsBetweenThem() {
        PrecheckInput krokvik = read("krokvik");

        assertThat(krokvik.pages()).isNotEmpty().allSatisfy(page -> assertThat(page.text()).isNotNull());
        assertThat(krokvik.pages()).extracting(PrecheckPage::url).isSorted();
        assertThat(krokvik.redirects()).anySatisfy((from, to) -> {
            assertThat(from).endsWith("/hemtjanst");
            assertThat(to).endsWith("/omsorg/hemtjanst/");
        });
        assertThat(krokvik.snapshotDate()).isNotNull();
        assertThat(read("stormby").isEmpty()).as("robots.txt answered 500: nothing fetched").isTrue();
    }

    @Test
    void aMunicipalityTheRoundDidNotCrawlIsEmpty() {
        PrecheckFixtureCrawl crawl = PrecheckFixtureCrawl.get();
        assertThat(new PrecheckInputReader(crawl.jdbi).read(crawl.round, "0114")).isEmpty();
        assertThat(new PrecheckInputReader(crawl.jdbi).read("1999-01-01-1", "9901")).isEmpty();
    }

    @Test
    void feesFoundOnlyInAPdfAreQuotedFromThePdf() {
        ItemSuggestion c2 = item("lillfors", "C2");

        assertThat(c2.verdict()).isEqualTo(Verdict.LIKELY_PRESENT);
        assertThat(c2.evidence()).first().satisfies(e -> {
            assertThat(e.url()).endsWith("/avgifter-hemtjanst-2026.pdf");
            assertThat(e.quote()).contains("2 575 kronor per månad");
        });
    }

    @Test
    void theSameSnapshotGivesTheSameSuggestions() {
        for (String key : SITES) {
            assertThat(Precheck.run(CHECKLIST, read(key), PrecheckMeasurementTest.REVIEW_DAY))
                    .as(key).isEqualTo(Precheck.run(CHECKLIST, read(key), PrecheckMeasurementTest.REVIEW_DAY));
        }
    }

    @Test
    void everySuggestionIsExplainedAndQuotesTheStoredText() {
        for (String key : SITES) {
            PrecheckInput input = read(key);
            Map<Long, String> texts = input.pages().stream()
                    .collect(Collectors.toMap(PrecheckPage::pageId, PrecheckPage::text));
            for (ItemSuggestion suggestion : Precheck.run(CHECKLIST, input, PrecheckMeasurementTest.REVIEW_DAY)) {
                if (suggestion.verdict() != Verdict.NOT_FOUND) {
                    assertThat(suggestion.rulesFired()).as(key + " " + suggestion.itemId()).isNotEmpty();
                }
                if (suggestion.verdict() != Verdict.LIKELY_PRESENT) {
                    assertThat(suggestion.missing()).as(key + " " + suggestion.itemId()).isNotEmpty();
                }
                for (EvidencePassage passage : suggestion.evidence()) {
                    assertThat(texts.get(passage.pageId()).startsWith(passage.quote(), passage.start()))
                            .as(key + " " + suggestion.itemId() + " quotes " + passage.url() + " exactly").isTrue();
                }
            }
        }
    }
}
