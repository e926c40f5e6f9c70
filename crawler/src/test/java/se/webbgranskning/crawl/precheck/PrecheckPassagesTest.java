package se.webbgranskning.crawl.precheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The quoted passage: the sentence, list item or row around a match, an exact substring of the text. */
class PrecheckPassagesTest {

    private static String passage(String text, String match) {
        int at = text.indexOf(match);
        Span span = Passages.around(text, new Span(at, at + match.length()));
        return text.substring(span.start(), span.end());
    }

    @Test
    void theSentenceAroundTheMatch() {
        String text = "Hemtjänst ger hjälp. Avgiften är 425 kronor per timme, t.ex. för städning. Ring oss.";
        assertThat(passage(text, "425 kronor")).isEqualTo("Avgiften är 425 kronor per timme, t.ex. för städning.");
    }

    @Test
    void listItemsTableRowsAndTimesKeepTogether() {
        assertThat(passage("Avgifter\n• Hemtjänst: 425 kronor per timme\n• Larm: 320 kronor", "320"))
                .isEqualTo("Larm: 320 kronor");
        assertThat(passage("Insats | Avgift\nHemtjänst, per timme | 425 kronor", "425")).isEqualTo("425 kronor");
        assertThat(passage("Telefontid vardagar 8.30–10.00 på 08-465 004 20. Välkommen.", "08-465"))
                .isEqualTo("Telefontid vardagar 8.30–10.00 på 08-465 004 20.");
    }

    @Test
    void aVeryLongLineIsCutAroundTheMatch() {
        String text = "ord ".repeat(200) + "maxtaxan 2 575 kronor " + "ord ".repeat(200);
        String quote = passage(text, "maxtaxan");
        assertThat(quote).contains("maxtaxan 2 575 kronor").hasSizeLessThanOrEqualTo(Passages.MAX_LENGTH + 10);
        assertThat(text).contains(quote);
    }
}
