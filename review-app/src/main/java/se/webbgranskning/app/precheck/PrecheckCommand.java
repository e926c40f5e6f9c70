package se.webbgranskning.app.precheck;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.webbgranskning.app.checklist.ChecklistSource;
import se.webbgranskning.app.cli.CliFailure;
import se.webbgranskning.app.cli.DataDirectoryOption;
import se.webbgranskning.app.cli.HelpOptions;
import se.webbgranskning.app.crawl.CrawlOptions;
import se.webbgranskning.app.crawl.SiteSpecs;
import se.webbgranskning.app.db.Database;
import se.webbgranskning.app.municipalities.RegistryOptions;
import se.webbgranskning.checklist.BundledChecklists;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.crawl.SiteTarget;
import se.webbgranskning.crawl.index.PageIndex;
import se.webbgranskning.crawl.index.SiteRow;
import se.webbgranskning.crawl.precheck.ItemSuggestion;
import se.webbgranskning.crawl.precheck.Precheck;
import se.webbgranskning.crawl.precheck.PrecheckInput;
import se.webbgranskning.crawl.precheck.PrecheckInputReader;
import se.webbgranskning.crawl.run.CrawlProgress;
import se.webbgranskning.crawl.run.CrawlRound;
import se.webbgranskning.crawl.scope.ScopeRules;

/** {@code precheck}: the pre-check's suggestion per checklist item for one municipality's snapshot in a round. */
@Command(name = "precheck", description = {
        "Förhandskontroll: föreslå för varje punkt i checklistan om den troligen är uppfylld, delvis uppfylld eller"
                + " inte hittades i en kommuns ögonblicksbild, med säkerhet, belägg (sida och citat) och vilka regler"
                + " som slog till.",
        "%nFörslagen är ett stöd för granskaren, inte ett betyg. Samma ögonblicksbild och checklista ger alltid samma"
                + " förslag. \"Innevarande år\" och \"senaste tolv månaderna\" räknas från dagen då omgången startade,"
                + " om inte --date anges."})
public final class PrecheckCommand implements Runnable {

    enum Format { table, json }

    @Mixin
    private HelpOptions help;

    @Mixin
    private DataDirectoryOption data;

    @Option(names = "--round", paramLabel = "OMGÅNG",
            description = "Genomsökningsomgången, t.ex. 2026-11-24-1 (med --municipality).")
    private String round;

    @Option(names = "--municipality", paramLabel = "KOMMUNKOD", description = "Kommunens kod (med --round).")
    private String code;

    @Option(names = "--site", paramLabel = "KOD=URL",
            description = "Genomsök webbplatsen först (en ny omgång i datakatalogen) och kontrollera den, t.ex."
                    + " 9901=http://www.ekbacka.test:8080/. I stället för --round och --municipality.")
    private String site;

    @Mixin
    private CrawlOptions crawl;

    @Mixin
    private RegistryOptions registryOptions;

    @Option(names = "--checklist", paramLabel = "ID|FIL",
            description = "Checklistans utgåva (inbyggd id eller YAML-fil; standard: den senaste inbyggda).")
    private String checklistReference;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table eller json (standard: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--date", paramLabel = "ÅÅÅÅ-MM-DD",
            description = "Dagen förslagen gäller (innevarande år, senast uppdaterad); standard: omgångens startdag.")
    private LocalDate date;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        boolean roundGiven = round != null || code != null;
        if (site != null == roundGiven || roundGiven && (round == null || code == null)) {
            throw CliFailure.usage("Ange antingen --round och --municipality (en sparad ögonblicksbild) eller --site"
                    + " KOD=URL (genomsök webbplatsen nu).");
        }
        Checklist checklist = ChecklistSource.resolve(checklistReference != null ? checklistReference
                : BundledChecklists.ids().get(BundledChecklists.ids().size() - 1));
        Jdbi jdbi = site != null ? crawlSiteFirst() : Database.openIfExists(data.database()).orElseThrow(() ->
                CliFailure.usage("Det finns ingen databas i " + data.database().location() + ". Ange datakatalogen"
                        + " med --data eller kör 'webbgranskning crawl' först."));
        requireRoundAndMunicipality(new PageIndex(jdbi));
        PrecheckInput input = new PrecheckInputReader(jdbi).read(round, code).orElseThrow(() -> CliFailure.usage(
                "Omgången " + round + " har ingen ögonblicksbild av kommun " + code + "."));
        LocalDate day = date != null ? date : input.snapshotDate();
        List<ItemSuggestion> suggestions = Precheck.run(checklist, input, day);

        PrecheckReport report = new PrecheckReport(round, code, checklist, day, input.pages().size(), suggestions);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? PrecheckJson.render(report) : PrecheckTable.render(report));
        out.flush();
        if (input.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("Varning: ögonblicksbilden av kommun " + code + " har inga sidor med text (se 'webbgranskning"
                    + " pages'), så förslagen säger inget om webbplatsen.");
            err.flush();
        }
    }

    /** Crawls {@code --site} into a new round of the data directory; progress goes to stderr, not the report. */
    private Jdbi crawlSiteFirst() {
        SiteTarget target = SiteSpecs.parse(site, registryOptions.registry());
        PrintWriter err = spec.commandLine().getErr();
        crawl.warnIfLocal(err);
        err.printf("Genomsöker %s …%n", target.startUrl());
        err.flush();
        Jdbi jdbi = Database.open(data.database());
        try {
            round = new CrawlRound(data.directory(), new PageIndex(jdbi), crawl.settings(), ScopeRules.bundled(),
                    crawl.resolver(), Clock.systemUTC()).start(List.of(target), CrawlProgress.silent()).roundId();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliFailure.failure("Genomsökningen avbröts.");
        }
        code = target.code();
        err.printf("Ögonblicksbilden sparades som omgång %s i %s; 'precheck --round %s --municipality %s' visar"
                + " förslagen igen utan ny genomsökning.%n", round, data.directory(), round, code);
        err.flush();
        return jdbi;
    }

    private void requireRoundAndMunicipality(PageIndex index) {
        if (!index.roundExists(round)) {
            List<String> rounds = index.roundIds();
            throw CliFailure.usage("Omgången " + round + " finns inte i " + data.database().location() + "."
                    + (rounds.isEmpty() ? " Där finns inga omgångar." : " Omgångar: " + String.join(", ", rounds)));
        }
        List<String> codes = index.sites(round).stream().map(SiteRow::kommunkod).toList();
        if (!codes.contains(code)) {
            throw CliFailure.usage("Kommun " + code + " ingår inte i omgången " + round + ". Kommuner i omgången: "
                    + String.join(", ", codes));
        }
    }
}
