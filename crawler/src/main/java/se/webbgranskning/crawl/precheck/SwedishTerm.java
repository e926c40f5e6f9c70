package se.webbgranskning.crawl.precheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A Swedish search term from the checklist, matched tolerant of case, inflection and spelling:
 * <ul>
 *   <li>each word of the term must begin a word of the text, in order ("hemtjänst" finds "Hemtjänsten",
 *       "hemtjänstens", "hemtjänster" and the compound "hemtjänstinsatser");</li>
 *   <li>a term word ending in a vowel also finds its stem with a common ending ("ansöka" finds "ansöker" and
 *       "ansökte", "byta" finds "byter" and "bytet", "matlåda" finds "matlådor");</li>
 *   <li>a text word written without å/ä/ö ("hemtjanst", as in addresses and ASCII-only texts) matches the term
 *       folded the same way, while a text word that has them must match them ("handla" never finds "handläggare");</li>
 *   <li>words of one or two letters ("i", "om") must match whole;</li>
 *   <li>between the words of a term only spaces, line breaks and hyphens may stand, never punctuation.</li>
 * </ul>
 */
final class SwedishTerm {

    /** Endings a stem takes in common inflections of verbs and nouns whose base form ends in -a or -e. */
    private static final Set<String> STEM_ENDINGS =
            Set.of("e", "r", "er", "te", "de", "t", "s", "es", "ts", "n", "en", "et", "ar", "or", "ade", "at");
    private static final int MAX_GAP = 4;

    private final String text;
    private final List<Word> words;

    private SwedishTerm(String text, List<Word> words) {
        this.text = text;
        this.words = words;
    }

    static SwedishTerm of(String term) {
        List<Word> words = SwedishWords.of(term);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("termen '" + term + "' har inga ord");
        }
        return new SwedishTerm(term, words);
    }

    static List<SwedishTerm> all(List<String> terms) {
        return terms.stream().map(SwedishTerm::of).toList();
    }

    /** The term as written in the checklist. */
    String text() {
        return text;
    }

    /** Every place in {@code source} (split into {@code textWords}) where the term occurs, in order. */
    List<Span> findIn(String source, List<Word> textWords) {
        List<Span> found = new ArrayList<>();
        for (int i = 0; i + words.size() <= textWords.size(); i++) {
            if (matchesAt(source, textWords, i)) {
                found.add(new Span(textWords.get(i).start(), textWords.get(i + words.size() - 1).end()));
            }
        }
        return found;
    }

    /**
     * The same as {@link #findIn(String, List)}, comparing only the words that could match: what every page search
     * uses, since a page has hundreds of words and an item dozens of terms.
     */
    List<Span> findIn(String source, IndexedWords indexed) {
        List<Word> textWords = indexed.words();
        List<Span> found = new ArrayList<>();
        for (int i : indexed.candidatesFor(words.get(0))) {
            if (i + words.size() <= textWords.size() && matchesAt(source, textWords, i)) {
                found.add(new Span(textWords.get(i).start(), textWords.get(i + words.size() - 1).end()));
            }
        }
        return found;
    }

    /** Whether the term occurs in a short text such as a title or a link text. */
    boolean occursIn(String shortText) {
        return occursIn(shortText, SwedishWords.of(shortText));
    }

    /** Whether the term occurs in a short text already split into {@code textWords}. */
    boolean occursIn(String shortText, List<Word> textWords) {
        for (int i = 0; i + words.size() <= textWords.size(); i++) {
            if (matchesAt(shortText, textWords, i)) {
                return true;
            }
        }
        return false;
    }

    /** The number of words of the term, for telling a page name ("Hemtjänst") from a headline that mentions it. */
    int wordCount() {
        return words.size();
    }

    private boolean matchesAt(String source, List<Word> textWords, int i) {
        for (int j = 0; j < words.size(); j++) {
            Word textWord = textWords.get(i + j);
            if (!wordMatches(words.get(j), textWord)) {
                return false;
            }
            if (j > 0 && !onlySpaceBetween(source, textWords.get(i + j - 1).end(), textWord.start())) {
                return false;
            }
        }
        return true;
    }

    static boolean wordMatches(Word term, Word text) {
        boolean foldedAllowed = !text.hasSwedishLetters();
        String termForm = foldedAllowed ? term.folded() : term.lower();
        String textForm = foldedAllowed ? text.folded() : text.lower();
        if (termForm.length() <= 2) {
            return textForm.equals(termForm);
        }
        if (textForm.startsWith(termForm)) {
            return true;
        }
        char last = termForm.charAt(termForm.length() - 1);
        if (termForm.length() >= 4 && (last == 'a' || last == 'e')) {
            String stem = termForm.substring(0, termForm.length() - 1);
            return textForm.startsWith(stem) && STEM_ENDINGS.contains(textForm.substring(stem.length()));
        }
        return false;
    }

    private static boolean onlySpaceBetween(String source, int from, int to) {
        if (to - from > MAX_GAP || to < from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = source.charAt(k);
            if (!Character.isWhitespace(c) && !SwedishWords.isHyphen(c) && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }
}
