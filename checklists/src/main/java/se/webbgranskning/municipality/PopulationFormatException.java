package se.webbgranskning.municipality;

import java.util.List;

/** A population table that cannot be imported, with every problem found (line numbers where they apply). */
public final class PopulationFormatException extends Exception {

    private final List<String> problems;

    public PopulationFormatException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
