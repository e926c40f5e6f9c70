package se.webbgranskning.app.crawl;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.webbgranskning.app.cli.CliFailure;
import se.webbgranskning.app.cli.DataDirectoryOption;
import se.webbgranskning.app.cli.HelpOptions;
import se.webbgranskning.app.cli.OutputFiles;
import se.webbgranskning.app.db.Database;
import se.webbgranskning.app.municipalities.RegistryOptions;
import se.webbgranskning.crawl.CrawlSettings;
import se.webbgranskning.crawl.SiteTarget;
import se.webbgranskning.crawl.index.PageIndex;
import se.webbgranskning.crawl.run.CrawlRound;
import se.webbgranskning.crawl.run.RoundResult;
import se.webbgranskning.crawl.scope.ScopeRules;
import se.webbgranskning.municipality.Municipality;
import se.webbgranskning.municipality.MunicipalityRegistry;

/** {@code crawl}: a crawl round, snapshotting municipalities' home-care pages into WARC files and the page index. */
@Command(name = "crawl", description = {
        "Gör en genomsökningsomgång: spara kommunernas sidor om hemtjänst som WARC-filer med ett sidindex.",
        "%nUtan --municipality och --site genomsöks alla kommuner i registret. Genomsökningen följer robots.txt,"
                + " startar högst ett anrop per --delay till samma värd och genomsöker många kommuner samtidigt."})
public final class CrawlCommand implements Runnable {

    @Mixin
    private HelpOptions help;

    @Mixin
    private DataDirectoryOption data;

    @Mixin
    private RegistryOptions registryOptions;

    @Option(names = "--municipality", paramLabel = "KOMMUNKOD", description = "Genomsök bara den här kommunen (kan upprepas).")
    private List<String> municipalities = new ArrayList<>();

    @Option(names = "--site", paramLabel = "KOD=URL", description = "Genomsök en webbplats utanför registret under en kommunkod, t.ex. 9901=http://www.ekbacka.test:8080/ (kan upprepas).")
    private List<String> sites = new ArrayList<>();

    @Mixin
    private CrawlOptions crawl;

    @Option(names = "--report", paramLabel = "FIL", description = "Skriv en sammanfattning som JSON till FIL.")
    private Path report;

    @Option(names = "--resume", paramLabel = "OMGÅNG", description = "Fortsätt en avbruten omgång med dess egna inställningar; färdiga kommuner hoppas över.")
    private String resume;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        if (resume != null) {
            resume();
            return;
        }
        CrawlSettings settings = crawl.settings();
        List<SiteTarget> targets = targets(registryOptions.registry());
        PrintWriter out = spec.commandLine().getOut();
        crawl.warnIfLocal(out);
        out.printf("Genomsöker %d %s, högst ett anrop per %s och värd …%n", targets.size(),
                targets.size() == 1 ? "webbplats" : "webbplatser", format(settings.delay()));
        out.flush();
        PageIndex index = new PageIndex(Database.open(data.database()));
        CrawlRound round = new CrawlRound(data.directory(), index, settings, ScopeRules.bundled(),
                crawl.resolver(), Clock.systemUTC());
        RoundResult result;
        try {
            result = round.start(targets, new ConsoleProgress(out, System.console() != null, Clock.systemUTC()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliFailure.failure("Genomsökningen avbröts.");
        }
        finish(out, result);
    }

    private void resume() {
        if (!municipalities.isEmpty() || !sites.isEmpty()) {
            throw CliFailure.usage("--resume fortsätter omgångens egna kommuner; ange inte --municipality eller --site.");
        }
        PageIndex index = CrawlIndexes.withRound(data.database(), resume, ", så ingen omgång att fortsätta.");
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Fortsätter omgång %s …%n", resume);
        out.flush();
        try {
            finish(out, CrawlRound.resume(data.directory(), index, ScopeRules.bundled(),
                    crawl.resolver(), Clock.systemUTC(), resume,
                    new ConsoleProgress(out, System.console() != null, Clock.systemUTC())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliFailure.failure("Genomsökningen avbröts.");
        }
    }

    private void finish(PrintWriter out, RoundResult result) {
        out.printf("Omgång %s klar: %d sidor, %d PDF-filer, %d fel. WARC-filer i %s%n", result.roundId(),
                result.sites().stream().mapToInt(s -> s.pages()).sum(),
                result.sites().stream().mapToInt(s -> s.pdfs()).sum(),
                result.sites().stream().mapToInt(s -> s.failureCount()).sum(),
                data.directory().resolve("warc").resolve(result.roundId()));
        if (report != null) {
            OutputFiles.writeAtomically(report, CrawlReport.json(result));
            out.printf("Sammanfattning skriven till %s%n", report);
        }
        out.flush();
    }

    private List<SiteTarget> targets(MunicipalityRegistry registry) {
        Map<String, SiteTarget> targets = new LinkedHashMap<>();
        for (String code : municipalities) {
            Municipality m = registry.byCode(code.strip()).orElseThrow(() -> CliFailure.usage(
                    "Kommunkoden " + code + " finns inte i registret. Se 'webbgranskning municipalities list'."));
            targets.put(m.code(), SiteTarget.of(m));
        }
        for (String spec : sites) {
            SiteTarget site = SiteSpecs.parse(spec, registry);
            targets.put(site.code(), site);
        }
        if (targets.isEmpty()) {
            registry.all().forEach(m -> targets.put(m.code(), SiteTarget.of(m)));
        }
        return List.copyOf(targets.values());
    }

    static String format(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
