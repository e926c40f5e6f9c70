package se.webbgranskning.crawl.precheck;

/**
 * Cuts the passage to quote around a match: the sentence (or list item, table row, line) it stands in, at most
 * {@link #MAX_LENGTH} characters, always an exact substring of the page's text so that the review app can find
 * and cite it. Long one-line texts (old table layouts put a whole page on one line) are cut at word boundaries.
 */
final class Passages {

    static final int MAX_LENGTH = 240;
    private static final int CONTEXT = 100;

    private Passages() {
    }

    static Span around(String text, Span match) {
        int start = sentenceStart(text, match.start());
        int end = sentenceEnd(text, match.end());
        if (end - start > MAX_LENGTH) {
            start = Math.max(start, wordStartBefore(text, match.start() - CONTEXT));
            end = Math.min(end, wordEndAfter(text, Math.max(match.end() + CONTEXT, start + MAX_LENGTH / 2)));
        }
        while (start < end && isTrimmed(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, Math.max(end, Math.min(text.length(), match.end())));
    }

    private static int sentenceStart(String text, int from) {
        for (int i = from - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '|' || c == '•' || (isSentenceEnd(c) && endsSentence(text, i))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '|' || c == '•') {
                return i;
            }
            if (isSentenceEnd(c) && endsSentence(text, i)) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /**
     * A full stop ends a sentence when a space follows and either a capital letter comes next or a word of at least
     * two letters stands before it; so "8.30", "2.575", "t.ex. apotek" and "kl. 14" do not end one, "8.00–17.00.
     * Lunch" does.
     */
    private static boolean endsSentence(String text, int i) {
        boolean spaceAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
        if (!spaceAfter) {
            return false;
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        boolean wordBefore = i > 1 && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i - 2));
        int next = i + 1;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        boolean capitalAfter = next >= text.length() || Character.isUpperCase(text.charAt(next))
                || text.charAt(next) == '\n';
        return capitalAfter || (wordBefore && !isAbbreviation(text, i)) || (i > 0 && text.charAt(i - 1) == ')');
    }

    /** "t.ex.", "bl.a.", "kl.", "s.k.": short abbreviations that a lower-case word follows. */
    private static boolean isAbbreviation(String text, int i) {
        int start = i;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        String word = text.substring(start, i);
        return word.length() <= 3 || word.contains(".");
    }

    private static int wordStartBefore(String text, int index) {
        int i = Math.max(0, index);
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordEndAfter(String text, int index) {
        int i = Math.min(text.length(), index);
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isTrimmed(char c) {
        return Character.isWhitespace(c) || c == '•' || c == '|';
    }
}
