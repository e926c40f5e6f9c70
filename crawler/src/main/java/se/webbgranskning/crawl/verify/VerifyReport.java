package se.webbgranskning.crawl.verify;

import java.util.List;

/** The outcome of verifying the archive: how much was checked and every problem found. */
public record VerifyReport(int records, int files, List<RecordProblem> problems) {

    public VerifyReport {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }
}
