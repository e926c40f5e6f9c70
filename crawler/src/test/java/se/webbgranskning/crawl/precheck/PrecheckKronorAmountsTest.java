package se.webbgranskning.crawl.precheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Amounts in kronor as Swedish fee pages write them, and what is not one. */
class PrecheckKronorAmountsTest {

    private static List<String> amounts(String text) {
        return KronorAmounts.find(text).stream().map(span -> text.substring(span.start(), span.end())).toList();
    }

    @Test
    void groupedUngroupedAndAbbreviatedAmounts() {
        assertThat(amounts("Maxtaxan är 2 359 kr per månad.")).containsExactly("2 359 kr");
        assertThat(amounts("Högst 2359 kronor.")).containsExactly("2359 kronor");
        assertThat(amounts("Timtaxa 425 kr/tim")).containsExactly("425 kr");
        assertThat(amounts("Avgift: 1\u00A0234,50 kr")).containsExactly("1\u00A0234,50 kr");
        assertThat(amounts("Larmet kostar 2.575 kr eller 300:- i månaden")).containsExactly("2.575 kr", "300:-");
        assertThat(amounts("Pris SEK 300")).containsExactly("SEK 300");
        assertThat(amounts("Matlåda 72kr")).containsExactly("72kr");
    }

    @Test
    void numbersWithoutKronorAreNotAmounts() {
        assertThat(amounts("Ring 08-465 004 20, vardagar 8.30–10.00")).isEmpty();
        assertThat(amounts("Vi har 12 krokar och 3 kryddor")).isEmpty();
        assertThat(amounts("Upp till 16 timmar per månad")).isEmpty();
    }
}
