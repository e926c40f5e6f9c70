package se.webbgranskning.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteLocatorTest {

    private static final String TEXT = "Hemtjänst\n\nDu kan få hjälp i hemmet.   Avgiften beror på din inkomst.\n"
            + "Kontakta biståndshandläggaren. Avgiften beror på din inkomst.";

    @Test
    void findsAPassageWhateverTheWhitespaceBetweenItsWords() {
        QuoteLocator.Located located = QuoteLocator.locate(TEXT, "hemmet. Avgiften\nberor", 0).orElseThrow();

        assertThat(located.quote()).isEqualTo("hemmet.   Avgiften beror");
        assertThat(TEXT.substring(located.start())).startsWith(located.quote());
        assertThat(located.before()).endsWith("få hjälp i ");
        assertThat(located.after()).startsWith(" på din inkomst.");
    }

    @Test
    void prefersTheOccurrenceNearestTheHint() {
        int second = TEXT.lastIndexOf("Avgiften");

        assertThat(QuoteLocator.locate(TEXT, "Avgiften beror", 0).orElseThrow().start())
                .isEqualTo(TEXT.indexOf("Avgiften"));
        assertThat(QuoteLocator.locate(TEXT, "Avgiften beror", second + 3).orElseThrow().start()).isEqualTo(second);
    }

    @Test
    void aQuoteThatIsNotInTheTextIsNotFound() {
        assertThat(QuoteLocator.locate(TEXT, "Avgiften är gratis", 0)).isEmpty();
        assertThat(QuoteLocator.locate(TEXT, "   ", 0)).isEmpty();
        assertThat(QuoteLocator.locate("", "Hemtjänst", 0)).isEmpty();
    }

    @Test
    void regexCharactersInTheQuoteAreTakenLiterally() {
        String text = "Taxa (2026): 350 kr/tim [max 2 576 kr]. Se *bilaga*.";

        assertThat(QuoteLocator.locate(text, "(2026): 350 kr/tim [max", 0).orElseThrow().quote())
                .isEqualTo("(2026): 350 kr/tim [max");
        assertThat(QuoteLocator.locate(text, "Se .*", 0)).isEmpty();
    }

    @Test
    void contextIsCutToAFewLinesAroundTheQuote() {
        String text = "a".repeat(500) + " citatet " + "b".repeat(500);

        QuoteLocator.Located located = QuoteLocator.locate(text, "citatet", 0).orElseThrow();

        assertThat(located.before()).hasSize(QuoteLocator.CONTEXT);
        assertThat(located.after()).hasSize(QuoteLocator.CONTEXT);
    }
}
