package se.webbgranskning.crawl.precheck;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of a page's text, indexed by how they begin (their first two folded letters, or the whole word if it is
 * shorter), so that a term is compared only with the words it could match instead of with every word of the page:
 * every item searches every page for dozens of terms. A term word matches a text word only if both begin with the
 * same folded letters (see {@link SwedishTerm#wordMatches}), so the candidates hold every position a scan of all
 * words would find, in the same ascending order.
 */
final class IndexedWords {

    private static final int[] NONE = new int[0];

    private final List<Word> words;
    private final Map<String, int[]> positionsByStart;

    IndexedWords(List<Word> words) {
        this.words = words;
        Map<String, Integer> counts = new HashMap<>();
        for (Word word : words) {
            counts.merge(start(word), 1, Integer::sum);
        }
        Map<String, int[]> positions = new HashMap<>(counts.size() * 2);
        Map<String, Integer> filled = new HashMap<>(counts.size() * 2);
        for (int i = 0; i < words.size(); i++) {
            String start = start(words.get(i));
            int at = filled.merge(start, 1, Integer::sum) - 1;
            positions.computeIfAbsent(start, key -> new int[counts.get(key)])[at] = i;
        }
        this.positionsByStart = positions;
    }

    List<Word> words() {
        return words;
    }

    /** Positions of the words that begin as {@code termWord} does, ascending: the only ones it can match. */
    int[] candidatesFor(Word termWord) {
        return positionsByStart.getOrDefault(start(termWord), NONE);
    }

    private static String start(Word word) {
        String folded = word.folded();
        return folded.length() <= 2 ? folded : folded.substring(0, 2);
    }
}
