package se.webbgranskning.crawl.precheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.webbgranskning.checklist.BundledChecklists;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.checklist.Item;
import se.webbgranskning.checklist.Requirement;

/**
 * The word index that page searches use finds exactly what comparing the term with every word finds: the same
 * places in the same order, for every term of the bundled checklist on every crawled fixture page and on texts
 * written to hit the edge cases (folded spellings, words of one or two letters, stems, phrases over line breaks).
 */
class PrecheckIndexedWordsTest {

    private static final List<String> TRICKY_TEXTS = List.of(
            "Hemtjanst och hemtjänsten. HEMTJÄNSTINSATSER i hemmet, hjälp i\nhemmet och hjälp-i-hemmet.",
            "Du kan ansöka, ansöker, ansökte eller ansokan; matlådor och matlador; handläggare handla.",
            "i I om Om o ö å a ä e é Ärende ärenden arenden ÅÄÖ åäö Ö-bo öbo",
            "hemtjänst-\ninsatser, hälso-\noch sjukvård, trygghets-\nlarm och Trygghets-\nLarm",
            "Ring 08-465 004 20 kl. 8.30–10.00; e-post hemtjanst@exempel.se. Välj utförare – byta utförare.",
            "",
            "x");

    @Test
    void theIndexFindsWhatAScanOfEveryWordFinds() {
        List<SwedishTerm> terms = checklistTerms(BundledChecklists.load("delindex1-2026").orElseThrow());
        PrecheckFixtureCrawl crawl = PrecheckFixtureCrawl.get();
        List<String> texts = new ArrayList<>(TRICKY_TEXTS);
        for (String key : List.of("ekbacka", "norrvik", "sjoholm", "lillfors", "robotsby", "krokvik")) {
            new PrecheckInputReader(crawl.jdbi).read(crawl.round, crawl.code(key)).orElseThrow().pages()
                    .forEach(page -> texts.add(page.text()));
        }

        int found = 0;
        for (String text : texts) {
            List<Word> words = SwedishWords.of(text);
            IndexedWords indexed = new IndexedWords(words);
            for (SwedishTerm term : terms) {
                List<Span> scanned = term.findIn(text, words);
                assertThat(term.findIn(text, indexed)).as("%s in %.60s", term.text(), text).isEqualTo(scanned);
                assertThat(term.occursIn(text, words)).isEqualTo(!scanned.isEmpty());
                found += scanned.size();
            }
        }
        assertThat(terms).hasSizeGreaterThan(300);
        assertThat(found).as("the comparison is of real matches, not of empty lists").isGreaterThan(500);
    }

    @Test
    void candidatesAreTheWordsThatBeginAsTheTermWordDoes() {
        IndexedWords indexed = new IndexedWords(SwedishWords.of("Hemtjänst i hemmet, hemtjanst, Häst och i"));
        Word hemtjanst = SwedishWords.of("hemtjänst").get(0);
        Word i = SwedishWords.of("i").get(0);

        assertThat(indexed.candidatesFor(hemtjanst)).containsExactly(0, 2, 3);
        assertThat(indexed.candidatesFor(i)).containsExactly(1, 6);
        assertThat(indexed.candidatesFor(SwedishWords.of("vård").get(0))).isEmpty();
    }

    private static List<SwedishTerm> checklistTerms(Checklist checklist) {
        List<String> terms = new ArrayList<>(checklist.precheckTopic().terms());
        terms.addAll(checklist.precheckTopic().mainPageTerms());
        for (Item item : checklist.items()) {
            terms.addAll(item.precheck().terms());
            for (Requirement requirement : item.precheck().present().requires()) {
                terms.addAll(requirement.terms());
                terms.addAll(requirement.linkAbout());
            }
        }
        return Stream.concat(terms.stream(), Stream.of("i", "om", "ö", "ansöka", "matlåda", "hjälp i hemmet"))
                .distinct().map(SwedishTerm::of).toList();
    }
}
