package se.webbgranskning.app.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts a page's text into plain and marked pieces for the text view: the cited passage a link pointed at and the
 * pre-check's passages on the page. Marks may not nest in the view, so a mark that overlaps one of higher priority
 * (earlier in the list) is left out; a mark that no longer fits the text is left out too.
 */
public final class TextMarks {

    /** A passage to mark: {@code kind} is the CSS class, {@code label} its tooltip, {@code target} scrolls into view. */
    public record Mark(int start, int end, String kind, String label, boolean target) {
    }

    /** A piece of the text; {@code mark} is null for plain text. */
    public record Piece(String text, Mark mark) {

        public boolean marked() {
            return mark != null;
        }
    }

    private TextMarks() {
    }

    public static List<Piece> cut(String text, List<Mark> marksByPriority) {
        List<Mark> kept = new ArrayList<>();
        for (Mark mark : marksByPriority) {
            boolean fits = mark.start() >= 0 && mark.end() > mark.start() && mark.end() <= text.length();
            if (fits && kept.stream().noneMatch(other -> overlap(mark, other))) {
                kept.add(mark);
            }
        }
        kept.sort(Comparator.comparingInt(Mark::start));
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (Mark mark : kept) {
            if (mark.start() > at) {
                pieces.add(new Piece(text.substring(at, mark.start()), null));
            }
            pieces.add(new Piece(text.substring(mark.start(), mark.end()), mark));
            at = mark.end();
        }
        if (at < text.length() || pieces.isEmpty()) {
            pieces.add(new Piece(text.substring(at), null));
        }
        return pieces;
    }

    private static boolean overlap(Mark a, Mark b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
