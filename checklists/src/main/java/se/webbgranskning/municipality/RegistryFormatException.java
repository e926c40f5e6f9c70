package se.webbgranskning.municipality;

import java.util.List;

/** A registry file that cannot be used, with every problem found, each naming the file and line. */
public final class RegistryFormatException extends Exception {

    private final List<String> problems;

    public RegistryFormatException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
