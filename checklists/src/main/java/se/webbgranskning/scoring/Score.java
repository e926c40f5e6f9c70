package se.webbgranskning.scoring;

/** A reviewer's (or the final) score for one item: points on the checklist's scale, or "ej tillämpligt". */
public sealed interface Score permits Score.Points, Score.NotApplicable {

    record Points(int value) implements Score {
        @Override
        public String toString() {
            return Integer.toString(value);
        }
    }

    record NotApplicable() implements Score {
        @Override
        public String toString() {
            return "na";
        }
    }

    static Score points(int value) {
        return new Points(value);
    }

    static Score notApplicable() {
        return new NotApplicable();
    }
}
