package se.webbgranskning.crawl.precheck;

/**
 * A word of a text and where it lies.
 *
 * @param lower  the word in lower case, soft hyphens and joined line-break hyphens removed
 * @param folded {@code lower} with å/ä→a, ö→o, é→e, as URLs and ASCII-only texts spell Swedish
 * @param start  index of its first character in the text
 * @param end    index after its last character (a word joined over "-\n" spans both lines)
 */
record Word(String lower, String folded, int start, int end) {

    /** Whether the word itself is spelled with å, ä, ö or another letter that folding changes. */
    boolean hasSwedishLetters() {
        return !lower.equals(folded);
    }
}
