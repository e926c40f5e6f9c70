package se.webbgranskning.app.crawl;

import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.webbgranskning.app.cli.CliFailure;
import se.webbgranskning.app.cli.DataDirectoryOption;
import se.webbgranskning.app.cli.HelpOptions;
import se.webbgranskning.crawl.index.PageIndex;
import se.webbgranskning.crawl.run.WarcReindex;
import se.webbgranskning.crawl.scope.ScopeRules;

/** {@code reindex ROUND}: rebuilds a round's page index from its WARC files, the evidence of record. */
@Command(name = "reindex", description = {
        "Bygg om sidindexet för en genomsökningsomgång från dess WARC-filer.",
        "%nWARC-filerna är källan; sidindexet kan alltid återskapas ur dem. En ofullständig post i slutet av en fil"
                + " (programmet dog medan den skrevs) rapporteras och indexeras inte."})
public final class ReindexCommand implements Runnable {

    @Mixin
    private HelpOptions help;

    @Mixin
    private DataDirectoryOption data;

    @Parameters(index = "0", paramLabel = "OMGÅNG", description = "Omgången, t.ex. 2026-11-24-1.")
    private String round;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        PageIndex index = CrawlIndexes.withRound(data.database(), round, ". Kör 'webbgranskning crawl' först.");
        WarcReindex.Result result;
        try {
            result = new WarcReindex(data.directory().resolve("warc"), index, ScopeRules.bundled()).rebuild(round);
        } catch (IOException | RuntimeException e) {
            throw CliFailure.failure("Sidindexet kunde inte byggas om: " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Omgång %s: %d rader indexerade från %s%n", round, result.rows(),
                data.directory().resolve("warc").resolve(round));
        result.problems().forEach(problem -> out.println("Varning: " + problem));
        out.flush();
    }
}
