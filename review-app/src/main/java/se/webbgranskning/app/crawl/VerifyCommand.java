package se.webbgranskning.app.crawl;

import java.io.PrintWriter;
import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.webbgranskning.app.cli.CliFailure;
import se.webbgranskning.app.cli.DataDirectoryOption;
import se.webbgranskning.app.cli.HelpOptions;
import se.webbgranskning.app.db.Database;
import se.webbgranskning.crawl.index.PageIndex;
import se.webbgranskning.crawl.verify.ArchiveVerifier;
import se.webbgranskning.crawl.verify.RecordProblem;
import se.webbgranskning.crawl.verify.VerifyReport;

/** {@code verify}: checks every WARC record the page index points at, so that damaged evidence is found early. */
@Command(name = "verify", description = {
        "Kontrollera arkivet: att varje WARC-post som sidindexet pekar på finns, är hel och har rätt kontrollsummor.",
        "%nRäknar om blockets och innehållets kontrollsummor för varje post och jämför med posten och sidindexet."
                + " Avslutas med kod 1 om något fel hittas; varje fel anges med fil, position och adress."})
public final class VerifyCommand implements Runnable {

    private static final int SHOWN = 100;

    @Mixin
    private HelpOptions help;

    @Mixin
    private DataDirectoryOption data;

    @Option(names = "--round", paramLabel = "OMGÅNG", description = "Bara denna genomsökningsomgång (standard: alla).")
    private String round;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        PageIndex index = round == null
                ? new PageIndex(Database.openIfExists(data.database()).orElseThrow(() -> CliFailure.failure(
                        "Det finns ingen databas i " + data.database().location() + ". Kör 'webbgranskning crawl' först.")))
                : CrawlIndexes.withRound(data.database(), round, ". Kör 'webbgranskning crawl' först.");
        VerifyReport report = new ArchiveVerifier(data.directory().resolve("warc"))
                .verify(index.indexedRecords(Optional.ofNullable(round)));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Kontrollerade %d WARC-poster i %d filer%s.%n", report.records(), report.files(),
                round == null ? "" : " (omgång " + round + ")");
        out.flush();
        if (report.intact()) {
            out.println("Inga fel: varje post finns, är hel och har rätt kontrollsummor.");
            out.flush();
            return;
        }
        StringBuilder problems = new StringBuilder(report.problems().size() + " poster har fel:");
        report.problems().stream().limit(SHOWN).map(RecordProblem::describe)
                .forEach(line -> problems.append('\n').append(line));
        if (report.problems().size() > SHOWN) {
            problems.append("\n… och ").append(report.problems().size() - SHOWN).append(" till.");
        }
        throw CliFailure.failure(problems.toString());
    }
}
