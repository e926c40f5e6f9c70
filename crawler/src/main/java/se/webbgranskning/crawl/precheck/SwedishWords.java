package se.webbgranskning.crawl.precheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits Swedish text into {@link Word}s, keeping where each lies so that a match can be quoted exactly. Words are
 * runs of letters and digits; a soft hyphen inside a word is ignored; a word broken at a line end with a hyphen
 * ("hemtjänst-\ninsatser") is joined, unless the next line starts with a capital letter or a conjunction ("hälso-
 * och sjukvård" names two words and stays apart).
 */
final class SwedishWords {

    private static final char SOFT_HYPHEN = '\u00AD';
    private static final Set<String> CONJUNCTIONS = Set.of("och", "eller", "samt", "respektive", "resp", "till");

    private SwedishWords() {
    }

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isWordChar(text.charAt(i))) {
                i++;
            }
            String word;
            if ((i < n && text.charAt(i) == SOFT_HYPHEN) || continuationAfterLineBreak(text, i) >= 0) {
                // The rare word with a soft hyphen or broken at a line end: put together piece by piece.
                StringBuilder joined = new StringBuilder(text.substring(start, i));
                while (true) {
                    while (i < n && (isWordChar(text.charAt(i)) || text.charAt(i) == SOFT_HYPHEN)) {
                        if (text.charAt(i) != SOFT_HYPHEN) {
                            joined.append(text.charAt(i));
                        }
                        i++;
                    }
                    int next = continuationAfterLineBreak(text, i);
                    if (next < 0) {
                        break;
                    }
                    i = next;
                }
                word = joined.toString();
            } else {
                word = text.substring(start, i);
            }
            String lower = word.toLowerCase(Locale.ROOT);
            words.add(new Word(lower, fold(lower), start, i));
        }
        return words;
    }

    /** Folds a lower-case text to the ASCII spelling Swedish URLs use: å/ä→a, ö→o, é→e and so on. */
    static String fold(String lower) {
        int first = 0;
        while (first < lower.length() && lower.charAt(first) < 'à') {
            first++;
        }
        if (first == lower.length()) {
            return lower; // nothing to fold (every folded letter is at or above 'à'): most words
        }
        StringBuilder folded = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                case 'å', 'ä', 'à', 'á', 'â', 'ã' -> folded.append('a');
                case 'ö', 'ø', 'ó', 'ò', 'ô', 'õ' -> folded.append('o');
                case 'é', 'è', 'ê', 'ë' -> folded.append('e');
                case 'ü', 'ú', 'ù' -> folded.append('u');
                case 'í', 'ì', 'ï' -> folded.append('i');
                default -> folded.append(c);
            }
        }
        return folded.toString();
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013';
    }

    /**
     * Where a word continues after "-" at a line end (index of the next line's first letter), or -1. Only a
     * letter before the hyphen and a lower-case letter after the line break, not starting a conjunction, count.
     */
    private static int continuationAfterLineBreak(String text, int i) {
        int n = text.length();
        if (i >= n || !isHyphen(text.charAt(i)) || i == 0 || !Character.isLetter(text.charAt(i - 1))) {
            return -1;
        }
        int k = i + 1;
        while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\r')) {
            k++;
        }
        if (k >= n || text.charAt(k) != '\n') {
            return -1;
        }
        k++;
        while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        if (k >= n || !Character.isLowerCase(text.charAt(k))) {
            return -1;
        }
        int end = k;
        while (end < n && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String next = text.substring(k, end).toLowerCase(Locale.ROOT);
        return CONJUNCTIONS.contains(next) ? -1 : k;
    }
}
