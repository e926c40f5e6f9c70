package se.webbgranskning.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextMarksTest {

    private static TextMarks.Mark mark(int start, int end, String kind) {
        return new TextMarks.Mark(start, end, kind, kind, false);
    }

    private static List<String> shown(List<TextMarks.Piece> pieces) {
        return pieces.stream().map(p -> p.marked() ? "[" + p.mark().kind() + ":" + p.text() + "]" : p.text()).toList();
    }

    @Test
    void marksAreCutInTextOrderWhateverTheirPriority() {
        String text = "Hemtjänst kostar 300 kronor per månad.";

        List<TextMarks.Piece> pieces = TextMarks.cut(text, List.of(mark(17, 27, "b"), mark(0, 9, "a")));

        assertThat(shown(pieces)).containsExactly("[a:Hemtjänst]", " kostar ", "[b:300 kronor]", " per månad.");
        assertThat(String.join("", pieces.stream().map(TextMarks.Piece::text).toList())).isEqualTo(text);
    }

    @Test
    void aMarkOverlappingOneOfHigherPriorityIsLeftOut() {
        List<TextMarks.Piece> pieces = TextMarks.cut("abcdefghij", List.of(mark(2, 6, "first"), mark(4, 8, "second"),
                mark(6, 9, "third")));

        assertThat(shown(pieces)).containsExactly("ab", "[first:cdef]", "[third:ghi]", "j");
    }

    @Test
    void marksOutsideTheTextOrEmptyAreIgnored() {
        assertThat(shown(TextMarks.cut("kort", List.of(mark(2, 10, "x"), mark(-1, 2, "y"), mark(3, 3, "z")))))
                .containsExactly("kort");
        assertThat(shown(TextMarks.cut("", List.of()))).containsExactly("");
    }
}
