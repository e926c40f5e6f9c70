package se.webbgranskning.crawl.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermMatcherTest {

    private final TermMatcher matcher = new TermMatcher(List.of("hemtjänst", "hjälp i hemmet", "äldreomsorg"));

    @Test
    void matchesInflectedSwedishWords() {
        assertThat(matcher.firstMatch("Om hemtjänsten")).contains("hemtjänst");
        assertThat(matcher.matches("HEMTJÄNSTENS avgifter")).isTrue();
        assertThat(matcher.matches("Äldreomsorgen i kommunen")).isTrue();
    }

    @Test
    void matchesUrlSpellingsWithoutDiacritics() {
        assertThat(matcher.matches("/omsorg-och-stod/aldreomsorg/hemtjanst.4.1a2b3c.html")).isTrue();
        assertThat(matcher.matches("/stod/hjalp-i-hemmet/")).isTrue();
    }

    @Test
    void multiWordTermsNeedTheWordsInOrder() {
        assertThat(matcher.matches("Hjälp i hemmet för äldre")).isTrue();
        assertThat(matcher.matches("hemmet i hjälp")).isFalse();
    }

    @Test
    void aTermMustBeginAWord() {
        assertThat(matcher.matches("kommunalhemtjänst")).isFalse();
        assertThat(matcher.matches("Bygglov och detaljplaner")).isFalse();
    }

    @Test
    void softHyphensDoNotSplitWords() {
        assertThat(matcher.matches("hem\u00ADtjänst")).isTrue();
    }

    @Test
    void countsOccurrences() {
        assertThat(matcher.count("Hemtjänst är hjälp i hemmet. Ansök om hemtjänst.")).isEqualTo(3);
    }

    @Test
    void refusesAnEmptyTerm() {
        assertThatThrownBy(() -> new TermMatcher(List.of(" - "))).isInstanceOf(IllegalArgumentException.class);
    }
}
