package se.webbgranskning.app.crawl;

import java.io.PrintWriter;
import java.net.URI;
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

    @Option(names = "--allow-local", description = "Tillåt loopback- och privata adresser (bara för test, demo och mätningar).")
    private boolean allowLocal;

    @Option(names = "--resolve", paramLabel = "NAMN=ADRESS", description = "Slå upp NAMN (eller *.domän) till ADRESS utan DNS, som curl --resolve (kan upprepas).")
    private List<String> resolve = new ArrayList<>();

    @Option(names = "--page-budget", paramLabel = "ANTAL", description = "Högst så många dokument per kommun (standard: ${DEFAULT-VALUE}).", defaultValue = "200")
    private int pageBudget;

    @Option(names = "--max-depth", paramLabel = "ANTAL", description = "Högst så många klick från startsidan (standard: ${DEFAULT-VALUE}).", defaultValue = "6")
    private int maxDepth;

    @Option(names = "--max-document-mb", paramLabel = "MB", description = "Största dokument som sparas, i MiB (standard: ${DEFAULT-VALUE}).", defaultValue = "50")
    private long maxDocumentMb;

    @Option(names = "--max-site-time", paramLabel = "TID", converter = DurationConverter.class, defaultValue = "30m", description = "Längsta tid per kommun (standard: ${DEFAULT-VALUE}).")
    private Duration maxSiteTime;

    @Option(names = "--delay", paramLabel = "TID", converter = DurationConverter.class, defaultValue = "1s", description = "Minsta tid mellan starten av två anrop till samma värd; robots.txt Crawl-delay gäller om den är längre (standard: ${DEFAULT-VALUE}).")
    private Duration delay;

    @Option(names = "--timeout", paramLabel = "TID", converter = DurationConverter.class, defaultValue = "30s", description = "Tidsgräns för anslutning och svar per anrop (standard: ${DEFAULT-VALUE}).")
    private Duration timeout;

    @Option(names = "--user-agent", paramLabel = "TEXT", description = "User-Agent med kontaktadress (standard: projektets).")
    private String userAgent = CrawlSettings.DEFAULT_USER_AGENT;

    @Option(names = "--parallel", paramLabel = "ANTAL", defaultValue = "32", description = "Antal kommuner som genomsöks samtidigt (standard: ${DEFAULT-VALUE}).")
    private int parallel;

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
        CrawlSettings settings = settings();
        List<SiteTarget> targets = targets(registryOptions.registry());
        PrintWriter out = spec.commandLine().getOut();
        if (allowLocal) {
            out.println("VARNING: --allow-local är på: genomsökningen får ansluta till loopback- och privata adresser.");
        }
        out.printf("Genomsöker %d %s, högst ett anrop per %s och värd …%n", targets.size(),
                targets.size() == 1 ? "webbplats" : "webbplatser", format(settings.delay()));
        out.flush();
        PageIndex index = new PageIndex(Database.open(data.database()));
        CrawlRound round = new CrawlRound(data.directory(), index, settings, ScopeRules.bundled(),
                ResolveOverrides.resolver(resolve), Clock.systemUTC());
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
                    ResolveOverrides.resolver(resolve), Clock.systemUTC(), resume,
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

    private CrawlSettings settings() {
        try {
            return new CrawlSettings(pageBudget, maxDepth, maxDocumentMb * 1024 * 1024, maxSiteTime, delay, timeout,
                    userAgent, parallel, allowLocal);
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage("Ogiltig inställning: " + e.getMessage());
        }
    }

    private List<SiteTarget> targets(MunicipalityRegistry registry) {
        Map<String, SiteTarget> targets = new LinkedHashMap<>();
        for (String code : municipalities) {
            Municipality m = registry.byCode(code.strip()).orElseThrow(() -> CliFailure.usage(
                    "Kommunkoden " + code + " finns inte i registret. Se 'webbgranskning municipalities list'."));
            targets.put(m.code(), SiteTarget.of(m));
        }
        for (String spec : sites) {
            SiteTarget site = parseSite(spec, registry);
            targets.put(site.code(), site);
        }
        if (targets.isEmpty()) {
            registry.all().forEach(m -> targets.put(m.code(), SiteTarget.of(m)));
        }
        return List.copyOf(targets.values());
    }

    private static SiteTarget parseSite(String spec, MunicipalityRegistry registry) {
        int eq = spec.indexOf('=');
        if (eq <= 0) {
            throw CliFailure.usage("--site väntar sig KOD=URL, t.ex. 9901=http://www.ekbacka.test:8080/: " + spec);
        }
        String code = spec.substring(0, eq).strip();
        String name = registry.byCode(code).map(Municipality::name).orElse("Webbplats " + code);
        try {
            return new SiteTarget(code, name, new URI(spec.substring(eq + 1).strip()));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw CliFailure.usage("Ogiltig --site " + spec + ": " + e.getMessage());
        }
    }

    static String format(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
