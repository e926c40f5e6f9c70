package se.webbgranskning.crawl.precheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words, heading lines, title words and address words of each page, worked out once per run: every item
 * searches the same pages, and the topic is found from the same words.
 */
final class PageTexts {

    /** A line this short that does not end a sentence reads as a heading (the h1 or an h2 of the page). */
    private static final int MAX_HEADING_LENGTH = 80;

    /** A heading-like line of a page's text: where it lies, its text and its words. */
    record HeadingLine(Span span, String text, List<Word> words) {

        boolean names(SwedishTerm term) {
            return term.occursIn(text, words);
        }
    }

    private final Map<Long, IndexedWords> words = new HashMap<>();
    private final Map<Long, List<HeadingLine>> headings = new HashMap<>();
    private final Map<Long, List<Word>> titleWords = new HashMap<>();
    private final Map<Long, List<String>> urlTokens = new HashMap<>();

    IndexedWords words(PrecheckPage page) {
        return words.computeIfAbsent(page.pageId(), id -> new IndexedWords(SwedishWords.of(page.text())));
    }

    /** The heading-like lines of a page's text: short, not list items or table rows, not ending a sentence. */
    List<HeadingLine> headings(PrecheckPage page) {
        return headings.computeIfAbsent(page.pageId(), id -> headingLines(page.text()));
    }

    /** Whether the term occurs in the page's title. */
    boolean titleNames(PrecheckPage page, SwedishTerm term) {
        return term.occursIn(page.title(), titleWords.computeIfAbsent(page.pageId(), id -> SwedishWords.of(page.title())));
    }

    /** Whether the word occurs in the path of the page's address (the same as {@link UrlWords#occursInPath}). */
    boolean urlNames(PrecheckPage page, UrlWords word) {
        return word.occursIn(urlTokens.computeIfAbsent(page.pageId(), id -> UrlWords.tokens(UrlWords.path(page.url()))));
    }

    private static List<HeadingLine> headingLines(String text) {
        List<HeadingLine> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end).strip();
            if (!line.isEmpty() && line.length() <= MAX_HEADING_LENGTH && !line.startsWith("•")
                    && !line.contains(" | ") && !line.matches(".*[.,;]$")) {
                int offset = text.indexOf(line, start);
                lines.add(new HeadingLine(new Span(offset, offset + line.length()), line, SwedishWords.of(line)));
            }
            start = end + 1;
        }
        return lines;
    }
}
