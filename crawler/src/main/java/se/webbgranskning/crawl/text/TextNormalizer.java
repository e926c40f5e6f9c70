package se.webbgranskning.crawl.text;

import java.util.regex.Pattern;

/**
 * Cleans extracted text so that reviewers can quote it and the pre-check can search it: invisible characters
 * removed, every kind of space made an ordinary space, runs of spaces collapsed, line breaks kept (a line is a
 * paragraph, heading or list item) and at most one blank line in a row.
 */
final class TextNormalizer {

    /** Soft hyphen, zero-width space, word joiner and a stray BOM: invisible, but they break word search. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u2060\\uFEFF]");
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\t\\x0B\\f\\r\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000 ]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    /**
     * A word broken over two lines in a PDF, "hemtjänst-\ninsatser". Only joined when the next line starts in
     * lower case and is not a conjunction: Swedish writes "hälso- och sjukvård", and joining that would
     * produce a word that does not exist.
     */
    private static final Pattern LINE_END_HYPHEN =
            Pattern.compile("(?U)(\\p{L})-\\n(?!(?:och|eller|samt|respektive|resp\\.|till)\\b)(\\p{Ll})");

    private TextNormalizer() {
    }

    static String normalize(String text) {
        String cleaned = INVISIBLE.matcher(text).replaceAll("");
        cleaned = HORIZONTAL_SPACE.matcher(cleaned).replaceAll(" ");
        StringBuilder out = new StringBuilder(cleaned.length());
        for (String line : cleaned.split("\n", -1)) {
            out.append(line.strip()).append('\n');
        }
        return BLANK_LINES.matcher(out).replaceAll("\n\n").strip();
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
