package se.webbgranskning.scoring;

import java.util.List;

/** Scores that cannot give a final Delindex 1 result, with every reason (missing items by id, invalid values). */
public final class ScoringException extends Exception {

    private final List<String> problems;

    public ScoringException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
