package se.webbgranskning.crawl.text;

import java.util.regex.Pattern;

/**
 * Cleans extracted text so that reviewers can quote it and the pre-check can search it: invisible characters
 * removed, every kind of space made an ordinary space, runs of spaces collapsed, line breaks kept (a line is a
 * paragraph, heading or list item) and at most one blank line in a row.
 */
final class TextNormalizer {

    /**
     * A word broken over two lines in a PDF, "hemtjänst-\ninsatser". Only joined when the next line starts in
     * lower case and is not a conjunction: Swedish writes "hälso- och sjukvård", and joining that would
     * produce a word that does not exist.
     */
    private static final Pattern LINE_END_HYPHEN =
            Pattern.compile("(?U)(\\p{L})-\\n(?!(?:och|eller|samt|respektive|resp\\.|till)\\b)(\\p{Ll})");

    private TextNormalizer() {
    }

    /**
     * One pass over the text, because it runs over every page's text (several times for the date search): three
     * regex replacements and a split per line cost more CPU than fetching the page.
     */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int lineStart = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                trimLineEnd(out, lineStart);
                // at most one blank line in a row: no third line break after two
                if (out.length() < 2 || out.charAt(out.length() - 1) != '\n' || out.charAt(out.length() - 2) != '\n') {
                    out.append('\n');
                }
                lineStart = out.length();
                pendingSpace = false;
            } else if (isInvisible(c)) {
                continue;
            } else if (isHorizontalSpace(c)) {
                pendingSpace = true;
            } else if (out.length() == lineStart && Character.isWhitespace(c)) {
                pendingSpace = false; // other white space at a line start goes, as strip() takes it
            } else {
                if (pendingSpace && out.length() > lineStart) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
            }
        }
        trimLineEnd(out, lineStart);
        return out.toString().strip();
    }

    /** Soft hyphen, zero-width space, word joiner and a stray BOM: invisible, but they break word search. */
    private static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u2060' || c == '\uFEFF';
    }

    /** Every kind of space within a line, the no-break ones included; they all become one ordinary space. */
    private static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    private static void trimLineEnd(StringBuilder out, int lineStart) {
        int end = out.length();
        while (end > lineStart && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        out.setLength(end);
    }

    /** Like {@link #normalize} but first joins words hyphenated at a line end, as PDF text often has them. */
    static String normalizePdf(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        String trimmedLines = normalize(unified);
        return LINE_END_HYPHEN.matcher(trimmedLines).replaceAll("$1$2");
    }

    /** Text inside one line (a title, a link text): all whitespace including line breaks becomes one space. */
    static String oneLine(String text) {
        return normalize(text).replaceAll("\\s+", " ");
    }
}
