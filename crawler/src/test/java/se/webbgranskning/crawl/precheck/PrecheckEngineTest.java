package se.webbgranskning.crawl.precheck;

import static org.assertj.core.api.Assertions.assertThat;
import static se.webbgranskning.crawl.precheck.TestSnapshots.link;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.webbgranskning.checklist.BundledChecklists;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.checklist.Item;

/**
 * The engine on a hand-written snapshot worded unlike the fixture web: verdicts, order, evidence that quotes the
 * stored text exactly, the rules that fired, and the same answer every time.
 */
class PrecheckEngineTest {

    private static final Checklist CHECKLIST = BundledChecklists.load("delindex1-2026").orElseThrow();
    private static final LocalDate DAY = LocalDate.of(2026, 8, 15);

    private static PrecheckInput snapshot() {
        return new TestSnapshots()
                .page("/", "Startsida - Exempelby kommun", "Välkommen till Exempelby\nNyheter om biblioteket", 0,
                        link("/stod-omsorg/", "Stöd och omsorg"), link("/om-webbplatsen/tillganglighet", "Tillgänglighet"))
                .page("/stod-omsorg/hemtjanst", "Hemtjänst | Exempelby kommun",
                        "Hemtjänst\nHemtjänsten ger stöd så att du kan bo kvar hemma. Personalen kan hjälpa dig att "
                                + "tvätta, handla och städa, och med personlig omvårdnad som att duscha och klä dig.\n"
                                + "Ansök via e-tjänsten Ansökan om hemtjänst eller ring 0470-410 00.\n"
                                + "Senast uppdaterad 3 mars 2026", 2, LocalDate.of(2026, 3, 3),
                        link("https://etjanst.exempelby.se/hemtjanst", "Ansökan om hemtjänst"),
                        link("/om-webbplatsen/tillganglighet", "Tillgänglighet"))
                .page("/stod-omsorg/hemtjanst/kostnad", "Kostnad för hemtjänst - Exempelby",
                        "Kostnad för hemtjänst\nTaxor 2026\nTimtaxan är 412 kr/tim. Du betalar som mest 2 575 kr "
                                + "per månad (maxtaxa).", 3, LocalDate.of(2025, 1, 10))
                .page("/om-webbplatsen/tillganglighet", "Tillgänglighetsredogörelse - Exempelby",
                        "Tillgänglighetsredogörelse\nVi känner till brister i äldre dokument. Rapportera brister till "
                                + "webbredaktionen. Tillsyn utövas av Digg.", 1)
                .page("/trafik/parkering", "Parkering - Exempelby", "Parkering\nAvgiften är 20 kronor per timme 2026.", 1)
                .input();
    }

    private static Map<String, ItemSuggestion> byItem(List<ItemSuggestion> suggestions) {
        return suggestions.stream().collect(Collectors.toMap(ItemSuggestion::itemId, Function.identity()));
    }

    @Test
    void oneSuggestionPerItemInChecklistOrder() {
        List<ItemSuggestion> suggestions = Precheck.run(CHECKLIST, snapshot(), DAY);

        assertThat(suggestions).extracting(ItemSuggestion::itemId)
                .containsExactlyElementsOf(CHECKLIST.items().stream().map(Item::id).toList());
    }

    @Test
    void generalRulesFindTheItemsOnUnseenWording() {
        Map<String, ItemSuggestion> suggestions = byItem(Precheck.run(CHECKLIST, snapshot(), DAY));

        assertThat(suggestions.get("A1").verdict()).isEqualTo(Verdict.LIKELY_PRESENT);
        assertThat(suggestions.get("A5").verdict()).isEqualTo(Verdict.LIKELY_PRESENT);
        assertThat(suggestions.get("B2").verdict()).isEqualTo(Verdict.LIKELY_PRESENT);
        assertThat(suggestions.get("C1").verdict()).isEqualTo(Verdict.LIKELY_PRESENT);
        assertThat(suggestions.get("C2").verdict()).isEqualTo(Verdict.LIKELY_PRESENT);
        assertThat(suggestions.get("F5").verdict()).isEqualTo(Verdict.LIKELY_PRESENT);
        assertThat(suggestions.get("C4").verdict()).isEqualTo(Verdict.NOT_FOUND);
        assertThat(suggestions.get("F4").verdict()).isEqualTo(Verdict.NOT_FOUND);
    }

    @Test
    void feesOfOtherServicesDoNotCount() {
        PrecheckInput parkingOnly = new TestSnapshots()
                .page("/trafik/parkering", "Parkering", "Parkering\nAvgiften är 20 kronor per timme 2026. "
                        + "Du betalar som mest 300 kronor per månad.", 1)
                .input();

        Map<String, ItemSuggestion> suggestions = byItem(Precheck.run(CHECKLIST, parkingOnly, DAY));

        assertThat(suggestions.get("C1").verdict()).isEqualTo(Verdict.NOT_FOUND);
        assertThat(suggestions.get("C2").verdict()).isEqualTo(Verdict.NOT_FOUND);
    }

    @Test
    void whatIsMissingIsNamedWhenTheMainPageGetsOld() {
        ItemSuggestion f6 = byItem(Precheck.run(CHECKLIST, snapshot(), DAY)).get("F6");

        // The main page is recent and its only sub-page is 19 months old: one of two pages, half, is enough.
        assertThat(f6.verdict()).isEqualTo(Verdict.LIKELY_PRESENT);
        ItemSuggestion later = byItem(Precheck.run(CHECKLIST, snapshot(), LocalDate.of(2027, 6, 1))).get("F6");
        assertThat(later.verdict()).isEqualTo(Verdict.PARTLY);
        assertThat(later.missing()).containsExactly("signal:last-updated-date");
        assertThat(later.evidence()).anySatisfy(e -> assertThat(e.why()).contains("äldre än 12 månader"));
    }

    @Test
    void everySuggestionThatFoundSomethingSaysWhichRulesFiredAndQuotesTheText() {
        PrecheckInput input = snapshot();
        Map<String, String> texts = input.pages().stream()
                .collect(Collectors.toMap(PrecheckPage::url, PrecheckPage::text));

        for (ItemSuggestion suggestion : Precheck.run(CHECKLIST, input, DAY)) {
            if (suggestion.verdict() != Verdict.NOT_FOUND) {
                assertThat(suggestion.rulesFired()).as(suggestion.itemId()).isNotEmpty();
                assertThat(suggestion.evidence()).as(suggestion.itemId()).isNotEmpty();
            } else {
                assertThat(suggestion.evidence()).as(suggestion.itemId()).isEmpty();
            }
            assertThat(suggestion.confidence()).isBetween(0.0, 1.0);
            for (EvidencePassage passage : suggestion.evidence()) {
                String text = texts.get(passage.url());
                assertThat(text.substring(passage.start(), passage.start() + passage.quote().length()))
                        .as("%s quotes %s exactly", suggestion.itemId(), passage.url()).isEqualTo(passage.quote());
                assertThat(passage.why()).isNotBlank();
            }
        }
    }

    @Test
    void theSameInputGivesTheSameSuggestions() {
        List<ItemSuggestion> first = Precheck.run(CHECKLIST, snapshot(), DAY);
        List<ItemSuggestion> second = Precheck.run(CHECKLIST, snapshot(), DAY);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void anEmptySnapshotFindsNothingAndSaysItIsUnsure() {
        PrecheckInput empty = new TestSnapshots().input();

        List<ItemSuggestion> suggestions = Precheck.run(CHECKLIST, empty, DAY);

        assertThat(suggestions).allSatisfy(s -> {
            assertThat(s.verdict()).isEqualTo(Verdict.NOT_FOUND);
            assertThat(s.confidence()).isEqualTo(0.1);
            assertThat(s.rulesFired()).isEmpty();
        });
    }
}
