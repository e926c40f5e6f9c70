package se.webbgranskning.crawl.precheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Swedish term matching: case, inflection, å/ä/ö, hyphenated line breaks, soft hyphens, phrases. */
class PrecheckSwedishMatchingTest {

    private static List<String> found(String term, String text) {
        return SwedishTerm.of(term).findIn(text, SwedishWords.of(text)).stream()
                .map(span -> text.substring(span.start(), span.end())).toList();
    }

    @Test
    void inflectedFormsAndCompoundsOfANounAreFound() {
        assertThat(found("hemtjänst", "Hemtjänsten hjälper dig. Hemtjänstens personal. Hemtjänster och hemtjänstinsatser."))
                .containsExactly("Hemtjänsten", "Hemtjänstens", "Hemtjänster", "hemtjänstinsatser");
    }

    @Test
    void caseDoesNotMatter() {
        assertThat(found("hemtjänst", "HEMTJÄNST i Exempelby")).containsExactly("HEMTJÄNST");
        assertThat(found("IVO", "Du kan vända dig till Ivo.")).containsExactly("Ivo");
    }

    @Test
    void verbsAndNounsEndingInAVowelAreFoundByTheirStem() {
        assertThat(found("ansöka", "Du ansöker hos handläggaren, eller ansökte förra året.")).containsExactly("ansöker", "ansökte");
        assertThat(found("byta", "Bytet sker inom två veckor. Du byter när du vill.")).containsExactly("Bytet", "byter");
        assertThat(found("matlåda", "Matlådor levereras en gång i veckan.")).containsExactly("Matlådor");
    }

    @Test
    void textWithoutSwedishLettersMatchesTheFoldedTerm() {
        assertThat(found("hemtjänst", "Las mer om hemtjanst och aldreomsorg")).containsExactly("hemtjanst");
        assertThat(found("äldreomsorg", "Las mer om hemtjanst och aldreomsorg")).containsExactly("aldreomsorg");
    }

    @Test
    void aWordSpelledWithÅÄÖMustMatchThem() {
        assertThat(found("handla", "Ring din handläggare.")).isEmpty();
        assertThat(found("handla", "Vi kan handla åt dig.")).containsExactly("handla");
        assertThat(found("för", "Fortsätt här")).isEmpty();
    }

    @Test
    void aWordBrokenWithAHyphenAtALineEndIsJoinedAndQuotedWhole() {
        String text = "Avgiften för hemtjänst-\ninsatser bestäms av nämnden.";
        assertThat(found("hemtjänstinsats", text)).containsExactly("hemtjänst-\ninsatser");
        assertThat(found("insatser", text)).as("the second half is no word of its own").isEmpty();
    }

    @Test
    void twoWordsJoinedByAConjunctionOrACapitalAreNotJoined() {
        assertThat(found("hälsovård", "Hälso-\noch sjukvård i hemmet")).isEmpty();
        assertThat(found("sjukvård", "Hälso-\noch sjukvård i hemmet")).containsExactly("sjukvård");
        assertThat(found("hemtjänst", "Hem-\nTjänst")).isEmpty();
    }

    @Test
    void softHyphensInsideWordsAreIgnored() {
        assertThat(found("hemtjänst", "Om hem\u00ADtjänsten")).containsExactly("hem\u00ADtjänsten");
    }

    @Test
    void phrasesMayBreakOverLinesButNotOverPunctuation() {
        assertThat(found("hjälp i hemmet", "Du kan få hjälp i\nhemmet.")).containsExactly("hjälp i\nhemmet");
        assertThat(found("hjälp i hemmet", "Du får hjälp. I hemmet finns larmet.")).isEmpty();
        assertThat(found("e-tjänst", "Ansök via e-tjänsten eller e‑tjänster.")).containsExactly("e-tjänsten", "e‑tjänster");
    }

    @Test
    void wordsOfOneOrTwoLettersMustMatchWhole() {
        assertThat(found("hjälp i hemmet", "hjälp inom hemmet")).isEmpty();
    }

    @Test
    void urlWordsMatchFoldedAndDecodedPaths() {
        assertThat(UrlWords.of("hemtjanst").occursInPath("https://x.se/omsorg/hemtjanst.4.1a2b3c.html")).isTrue();
        assertThat(UrlWords.of("hemtjanst").occursInPath("https://x.se/s%C3%B6k/hemtj%C3%A4nsten")).isTrue();
        assertThat(UrlWords.of("hjalp-i-hemmet").occursInPath("https://x.se/stod/hjalp-i-hemmet-for-aldre")).isTrue();
        assertThat(UrlWords.of("avgift").occursInPath("https://x.se/download/18.1/17/avgifter-2026.pdf")).isTrue();
        assertThat(UrlWords.of("taxa").occursInPath("https://x.se/bygglov/bygglovstaxa")).isFalse();
    }
}
