package se.webbgranskning.crawl.scope;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Matches Swedish terms in running text or URLs, tolerant of inflection and of how CMSs spell paths: both sides
 * are folded (lower case, å/ä→a, ö→o, é→e, soft hyphens dropped) and split into words, and every word of a term
 * must begin a word of the text, in order. So "hemtjänst" matches "Hemtjänsten", "hemtjänstens" and
 * "/hemtjanst.4.1a2b.html", and "hjälp i hemmet" matches "Hjälp i hemmet för äldre".
 */
public final class TermMatcher {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private final List<String> terms;
    private final List<String[]> foldedTerms;

    public TermMatcher(List<String> terms) {
        this.terms = List.copyOf(terms);
        this.foldedTerms = new ArrayList<>(terms.size());
        for (String term : terms) {
            String[] words = words(term);
            if (words.length == 0) {
                throw new IllegalArgumentException("tom term");
            }
            foldedTerms.add(words);
        }
    }

    /** The first term found in {@code text}, if any. */
    public Optional<String> firstMatch(String text) {
        String[] words = words(text);
        for (int t = 0; t < foldedTerms.size(); t++) {
            if (contains(words, foldedTerms.get(t))) {
                return Optional.of(terms.get(t));
            }
        }
        return Optional.empty();
    }

    public boolean matches(String text) {
        return firstMatch(text).isPresent();
    }

    /** How many times any term begins a word sequence of {@code text}; a rough weight of how much a text is about the terms. */
    public int count(String text) {
        String[] words = words(text);
        int count = 0;
        for (int i = 0; i < words.length; i++) {
            for (String[] term : foldedTerms) {
                if (matchesAt(words, i, term)) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case 'å', 'ä', 'à', 'á', 'â' -> folded.append('a');
                case 'ö', 'ø', 'ó', 'ò', 'ô' -> folded.append('o');
                case 'é', 'è', 'ê', 'ë' -> folded.append('e');
                case 'ü' -> folded.append('u');
                case '\u00AD', '\u200B' -> { }
                default -> folded.append(c);
            }
        }
        return folded.toString();
    }

    private static String[] words(String text) {
        String folded = fold(text).strip();
        if (folded.isEmpty()) {
            return new String[0];
        }
        return NOT_WORD.splitAsStream(folded).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }

    private static boolean contains(String[] words, String[] term) {
        for (int i = 0; i + term.length <= words.length; i++) {
            if (matchesAt(words, i, term)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(String[] words, int start, String[] term) {
        if (start + term.length > words.length) {
            return false;
        }
        for (int j = 0; j < term.length; j++) {
            if (!words[start + j].startsWith(term[j])) {
                return false;
            }
        }
        return true;
    }
}
