package se.webbgranskning.app.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.webbgranskning.checklist.BundledChecklists;
import se.webbgranskning.checklist.Item;
import se.webbgranskning.crawl.precheck.ItemSuggestion;
import se.webbgranskning.crawl.precheck.Verdict;

class PreviewItemTest {

    @ParameterizedTest
    @CsvSource({
            "NOT_FOUND, LIKELY_PRESENT, bättre", "PARTLY, LIKELY_PRESENT, bättre", "NOT_FOUND, PARTLY, bättre",
            "LIKELY_PRESENT, PARTLY, sämre", "PARTLY, NOT_FOUND, sämre", "PARTLY, PARTLY, oförändrad"})
    void comparesWithThePreviousPreview(Verdict before, Verdict now, String change) {
        assertThat(item(now, Optional.of(before)).change()).contains(change);
    }

    @ParameterizedTest
    @CsvSource({"LIKELY_PRESENT, true", "PARTLY, false", "NOT_FOUND, false"})
    void onlyLikelyPresentCountsAsPresentAndTheFirstPreviewHasNoChange(Verdict now, boolean present) {
        PreviewItem item = item(now, Optional.empty());

        assertThat(item.present()).isEqualTo(present);
        assertThat(item.change()).isEmpty();
    }

    private static PreviewItem item(Verdict verdict, Optional<Verdict> before) {
        Item item = BundledChecklists.load("delindex1-2026").orElseThrow().items().get(0);
        return new PreviewItem(item, new ItemSuggestion(item.id(), verdict, 0.5, List.of(), List.of(), List.of()),
                before, List.of());
    }
}
