package se.webbgranskning.app.review;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a quoted passage in a page's extracted text. The quote a reviewer selects or pastes may differ from the
 * stored text in whitespace (line breaks, several spaces), so words must match in order with any whitespace
 * between them. Where the passage occurs more than once, the occurrence nearest the hint wins. What is stored
 * is always the page's own text, never the text the browser sent.
 */
public final class QuoteLocator {

    /** A located passage with a little of the text before and after it. */
    public record Located(int start, String quote, String before, String after) {
    }

    static final int MAX_QUOTE = 2000;
    static final int CONTEXT = 120;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private QuoteLocator() {
    }

    public static Optional<Located> locate(String text, String quote, int hint) {
        String wanted = quote == null ? "" : quote.strip();
        if (wanted.isEmpty() || text == null || text.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder regex = new StringBuilder();
        for (String word : WHITESPACE.split(wanted)) {
            if (!regex.isEmpty()) {
                regex.append("\\s+");
            }
            regex.append(Pattern.quote(word));
        }
        Matcher matcher = Pattern.compile(regex.toString()).matcher(text);
        int bestStart = -1;
        int bestEnd = -1;
        while (matcher.find()) {
            if (bestStart < 0 || Math.abs(matcher.start() - hint) < Math.abs(bestStart - hint)) {
                bestStart = matcher.start();
                bestEnd = matcher.end();
            }
        }
        if (bestStart < 0) {
            return Optional.empty();
        }
        return Optional.of(new Located(bestStart, text.substring(bestStart, bestEnd),
                text.substring(Math.max(0, bestStart - CONTEXT), bestStart),
                text.substring(bestEnd, Math.min(text.length(), bestEnd + CONTEXT))));
    }
}
