package se.webbgranskning.crawl.text;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case-insensitive pattern whose every match begins with one of a few whole words ("uppdaterad … 2026-03-14"),
 * searched without running the regex at every position of a page. A {@link Matcher#find()} tries the word list,
 * with its look-behind, at each of the tens of thousands of characters of a page's text, which made the date
 * search one of the crawl's largest CPU costs. Here a plain character comparison finds where one of the words
 * begins, and the regex only runs from there. The matches are exactly those of {@code find()}: a match can only
 * start where a word starts, and letters are compared the way the regex compares them under
 * {@code (?iU)} (upper-cased, then lower-cased).
 */
final class WordLedPattern {

    /** {@link #fold} for the Latin-1 characters most text consists of, computed once. */
    private static final char[] LATIN1_FOLDED = new char[256];

    static {
        for (char c = 0; c < LATIN1_FOLDED.length; c++) {
            LATIN1_FOLDED[c] = Character.toLowerCase(Character.toUpperCase(c));
        }
    }

    private final Pattern pattern;
    private final char[][] words;

    /**
     * @param words lower-case words, one of which starts every match, not preceded or followed by a letter
     * @param after the regex that must follow the word
     */
    WordLedPattern(List<String> words, String after) {
        this.pattern = Pattern.compile("(?iU)(?<!\\p{L})(?:" + String.join("|", words) + ")(?!\\p{L})" + after);
        this.words = words.stream().map(w -> w.toLowerCase(Locale.ROOT).toCharArray()).toArray(char[][]::new);
    }

    /** Calls {@code action} with the matcher positioned on each match, in order, as {@code find()} would. */
    void forEachMatch(String text, Consumer<Matcher> action) {
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        while (from < text.length()) {
            int start = nextWordStart(text, from);
            if (start < 0) {
                return;
            }
            matcher.region(start, text.length());
            if (matcher.lookingAt()) {
                action.accept(matcher);
                from = Math.max(matcher.end(), start + 1);
            } else {
                from = start + 1;
            }
        }
    }

    /** The first position at or after {@code from} where one of the words is spelt out; -1 if there is none. */
    private int nextWordStart(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = fold(text.charAt(i));
            for (char[] word : words) {
                if (word[0] == c && spelledAt(text, i, word)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean spelledAt(String text, int at, char[] word) {
        if (at + word.length > text.length()) {
            return false;
        }
        for (int k = 1; k < word.length; k++) {
            if (fold(text.charAt(at + k)) != word[k]) {
                return false;
            }
        }
        return true;
    }

    /** How {@code (?iU)} compares a letter with a lower-case one in the pattern. */
    private static char fold(char c) {
        return c < LATIN1_FOLDED.length ? LATIN1_FOLDED[c] : Character.toLowerCase(Character.toUpperCase(c));
    }
}
