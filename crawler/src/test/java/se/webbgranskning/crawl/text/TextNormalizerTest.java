package se.webbgranskning.crawl.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void collapsesSpacesTrimsLinesAndKeepsAtMostOneBlankLine() {
        String text = "\n\n  Hemtjänst\u00A0\u00A0i \t hemmet  \r\n\n\n\n• Städ\u00ADning\u200B och tvätt \n\n";

        assertThat(TextNormalizer.normalize(text)).isEqualTo("Hemtjänst i hemmet\n\n• Städning och tvätt");
    }

    @Test
    void otherWhiteSpaceGoesOnlyAtTheEndsOfALine() {
        assertThat(TextNormalizer.normalize("\u2028 Avgift \u2028 i månaden \u2029"))
                .isEqualTo("Avgift \u2028 i månaden");
    }

    @Test
    void equalsTheRuleWrittenAsRegularExpressionsOnRandomText() {
        Random random = new Random(7);
        String[] pieces = {"a", "Å", "ord", " ", "  ", "\t", "\n", "\n\n\n", "\r\n", "\u00A0", "\u2003", "\u202F",
            "\u3000", "\u00AD", "\u200B", "\u2060", "\uFEFF", "\u2028", "\u001C", "\f", "\u000B", "-", "\uD83D\uDE00"};
        for (int run = 0; run < 5000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(25); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertThat(TextNormalizer.normalize(text.toString())).as("%s", text.toString().chars().toArray())
                    .isEqualTo(Reference.normalize(text.toString()));
        }
    }

    /** The rule in its plainest form, as regex replacements: the one-pass normaliser must give the same text. */
    private static final class Reference {
        private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u2060\\uFEFF]");
        private static final Pattern HORIZONTAL_SPACE =
                Pattern.compile("[\\t\\x0B\\f\\r\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000 ]+");
        private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

        static String normalize(String text) {
            String cleaned = INVISIBLE.matcher(text).replaceAll("");
            cleaned = HORIZONTAL_SPACE.matcher(cleaned).replaceAll(" ");
            StringBuilder out = new StringBuilder(cleaned.length());
            for (String line : cleaned.split("\n", -1)) {
                out.append(line.strip()).append('\n');
            }
            return BLANK_LINES.matcher(out).replaceAll("\n\n").strip();
        }
    }
}
