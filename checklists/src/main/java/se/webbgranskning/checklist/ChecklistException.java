package se.webbgranskning.checklist;

import java.util.List;
import java.util.stream.Collectors;

/** A checklist file that cannot be used, with every problem found in it, each prefixed with the file's name. */
public final class ChecklistException extends Exception {

    private final String source;
    private final List<ChecklistProblem> problems;

    public ChecklistException(String source, List<ChecklistProblem> problems) {
        super(problems.stream()
                .map(problem -> source + ": " + problem.describe())
                .collect(Collectors.joining("\n")));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<ChecklistProblem> problems() {
        return problems;
    }
}
