package se.webbgranskning.app.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import io.javalin.Javalin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import se.webbgranskning.app.cli.CliFailure;
import se.webbgranskning.app.cli.HelpOptions;
import se.webbgranskning.app.config.ConfigKey;
import se.webbgranskning.app.config.ConfigSource;
import se.webbgranskning.app.config.Configuration;
import se.webbgranskning.app.config.ConfigurationLoader;
import se.webbgranskning.crawl.SiteTarget;
import se.webbgranskning.crawl.fixture.FixtureOptions;
import se.webbgranskning.crawl.fixture.FixtureWeb;
import se.webbgranskning.crawl.run.CrawlProgress;
import se.webbgranskning.crawl.run.SiteResult;
import se.webbgranskning.municipality.MunicipalityRegistry;

/**
 * {@code demo}: the whole product on one machine without network. Serves the bundled fixture web of fictional
 * municipalities on 127.0.0.1, crawls it into a fresh demo directory, creates accounts and a review round, and
 * starts the app.
 */
@Command(name = "demo", description = {
        "Starta en demo utan nätverk: fiktiva kommunwebbplatser på 127.0.0.1 genomsöks, konton och en"
                + " granskningsomgång skapas och granskningsappen startar.",
        "%nLösenorden skrivs ut en gång. Demokatalogen töms vid varje start."})
public final class DemoCommand implements Runnable {

    @Mixin
    private HelpOptions help;

    @Option(names = "--data", paramLabel = "KATALOG", defaultValue = "demo-data",
            description = "Demokatalog (standard: ${DEFAULT-VALUE}); en tidigare demo där töms, annat innehåll vägras.")
    private Path directory;

    @Mixin
    private ServerOptions server;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        Path data = directory.toAbsolutePath().normalize();
        Configuration configuration = configuration(data);
        DemoDirectory.prepare(data);
        ServerOptions.print(configuration, out);
        DemoSetup.Result result;
        AppServices services;
        try {
            // The fixture web keeps serving while the app runs, so that the admin can start new crawl rounds.
            FixtureWeb web = FixtureWeb.start(new FixtureOptions(0, Duration.ofSeconds(2)));
            Runtime.getRuntime().addShutdownHook(new Thread(web::close, "stop-fixture-web"));
            services = AppServices.open(configuration.storage(), MunicipalityRegistry.bundled(), Clock.systemDefaultZone(),
                    DemoSetup.crawlSetup(web));
            out.printf("Genomsöker %d fiktiva kommuners webbplatser på 127.0.0.1 (tar under en minut) …%n",
                    web.sites().size());
            out.flush();
            result = DemoSetup.prepare(services, web, web.sites(), progress(out));
        } catch (IOException e) {
            throw CliFailure.failure("Demowebbplatserna kunde inte startas: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliFailure.failure("Demon avbröts.");
        }
        Javalin app = ServerOptions.start(services, configuration);
        out.println();
        out.println("Granskningsappen körs på " + ServerOptions.url(app, configuration) + "  (datakatalog " + data + ")");
        out.println("Logga in med något av demokontona (lösenorden visas bara nu):");
        for (DemoSetup.Account account : result.accounts()) {
            out.printf("  %-12s %-14s lösenord: %s%n", account.username(), account.role().label(), account.password());
        }
        out.println("Granskarna har fått kommunerna i omgången \"" + result.reviewRound().name() + "\".");
        out.println("Avsluta med Ctrl+C.");
        out.flush();
        ServerOptions.awaitShutdown(app);
    }

    /**
     * The demo's settings: its own directory and options, the server and proxy keys from the environment. The demo
     * always keeps its own embedded database, emptied at every start, so a database setting is refused rather
     * than ignored (it would otherwise be a real database the demo fills with fictional data).
     */
    private Configuration configuration(Path data) {
        Map<ConfigKey, String> options = new EnumMap<>(server.overrides());
        options.put(ConfigKey.DATA, data.toString());
        Configuration configuration = ConfigurationLoader.load(options, Optional.empty(), System.getenv());
        Configuration.Setting database = configuration.setting(ConfigKey.DB_URL);
        if (database.source() != ConfigSource.DEFAULT) {
            throw CliFailure.usage("Demon använder alltid en egen inbyggd databas i demokatalogen, men db.url är satt"
                    + " (" + database.origin() + "). Ta bort inställningen för demon.");
        }
        return configuration;
    }

    private static CrawlProgress progress(PrintWriter out) {
        return new CrawlProgress() {
            @Override
            public void siteStarted(SiteTarget site) {
                // one line per finished site is enough for the demo
            }

            @Override
            public void siteFinished(SiteResult site, int done, int total) {
                out.printf("  %d/%d %s: %d sidor, %d PDF%n", done, total, site.site().name(), site.pages(), site.pdfs());
                out.flush();
            }
        };
    }
}
