package se.webbgranskning.crawl.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordLedPatternTest {

    private static final List<String> WORDS = List.of("uppdaterad", "uppdaterades", "ändrad", "granskad");
    private static final String AFTER = "[^\\d]{0,5}?(\\d{4})";

    private final WordLedPattern pattern = new WordLedPattern(WORDS, AFTER);
    /** The plain regex search that the word-led search must equal. */
    private final Pattern reference =
            Pattern.compile("(?iU)(?<!\\p{L})(?:" + String.join("|", WORDS) + ")(?!\\p{L})" + AFTER);

    @Test
    void findsEveryMatchOfThePlainSearchAndNothingElse() {
        String text = "Sidan uppdaterades: 2026. Ändrad 2025, xuppdaterad 2024, granskade 2023, ÄNDRAD\n2022 "
                + "uppdaterad";

        assertThat(matches(text)).extracting(Found::text)
                .containsExactly("uppdaterades: 2026", "Ändrad 2025", "ÄNDRAD\n2022");
        assertThat(matches(text)).isEqualTo(referenceMatches(text));
    }

    @Test
    void comparesLettersAsTheCaseInsensitiveRegexDoes() {
        // U+017F (long s) upper-cases to S, and U+212A (Kelvin sign) lower-cases to k: the regex takes both
        String text = "Granſkad 2026 och GRANSKAD 2025 och GRANS\u212AAD 2024 och gr\u00C4nskad 2023";

        assertThat(matches(text)).isEqualTo(referenceMatches(text)).hasSize(3);
    }

    @Test
    void equalsThePlainSearchOnRandomText() {
        Random random = new Random(42);
        String[] pieces = {"uppdaterad", "Uppdaterades", "ÄNDRAD", "ändra", "granskad", "gransk", "a", "é", " ",
            ": ", "\n", "2026", "19", "-", "x", "ſ", "\u212A", "\u00A0", "uppdaterad2026"};
        for (int run = 0; run < 2000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertThat(matches(text.toString())).as(text.toString()).isEqualTo(referenceMatches(text.toString()));
        }
    }

    @Test
    void textWithoutTheWordsHasNoMatches() {
        assertThat(matches("")).isEmpty();
        assertThat(matches("Ansökan ska vara inne senast 2026-03-01.")).isEmpty();
    }

    /** A match: its text, where it starts and its group, all of which must equal the plain search's. */
    private record Found(String text, int start, String year) {
    }

    private List<Found> matches(String text) {
        List<Found> found = new ArrayList<>();
        pattern.forEachMatch(text, m -> found.add(new Found(m.group(), m.start(), m.group(1))));
        return found;
    }

    private List<Found> referenceMatches(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = reference.matcher(text);
        while (m.find()) {
            found.add(new Found(m.group(), m.start(), m.group(1)));
        }
        return found;
    }
}
