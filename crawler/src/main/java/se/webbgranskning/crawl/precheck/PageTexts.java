package se.webbgranskning.crawl.precheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The words and heading lines of each page, worked out once per run: every item searches the same pages. */
final class PageTexts {

    /** A line this short that does not end a sentence reads as a heading (the h1 or an h2 of the page). */
    private static final int MAX_HEADING_LENGTH = 80;

    private final Map<Long, List<Word>> words = new HashMap<>();
    private final Map<Long, List<Span>> headings = new HashMap<>();

    List<Word> words(PrecheckPage page) {
        return words.computeIfAbsent(page.pageId(), id -> SwedishWords.of(page.text()));
    }

    /** The heading-like lines of a page's text: short, not list items or table rows, not ending a sentence. */
    List<Span> headings(PrecheckPage page) {
        return headings.computeIfAbsent(page.pageId(), id -> headingLines(page.text()));
    }

    private static List<Span> headingLines(String text) {
        List<Span> lines = new ArrayList<>();
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
                lines.add(new Span(offset, offset + line.length()));
            }
            start = end + 1;
        }
        return lines;
    }
}
