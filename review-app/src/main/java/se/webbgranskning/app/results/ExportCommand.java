package se.webbgranskning.app.results;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.webbgranskning.app.cli.CliFailure;
import se.webbgranskning.app.cli.DataDirectoryOption;
import se.webbgranskning.app.cli.HelpOptions;
import se.webbgranskning.app.cli.OutputFiles;
import se.webbgranskning.app.municipalities.RegistryOptions;
import se.webbgranskning.app.review.ReviewRound;
import se.webbgranskning.app.serve.AppServices;

/** {@code webbgranskning export ROUND}: a review round's results and final item scores as files. */
@Command(name = "export", description = {
        "Exportera en granskningsomgångs resultat till indexberäkningen: en fil med Delindex 1, uppfyllelse per"
                + " område och rang per kommun, och en fil med slutlig poäng och källa per kommun och punkt.",
        "%nBara kommuner med slutliga poäng kommer med; övriga räknas upp på standard fel."})
public final class ExportCommand implements Runnable {

    enum Format { csv, json }

    @Mixin
    private HelpOptions help;

    @Parameters(index = "0", paramLabel = "OMGÅNG", description = "Granskningsomgångens nummer eller namn.")
    private String roundReference;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv (semikolon, UTF-8 med BOM; standard) eller json.")
    private Format format;

    @Option(names = "--output-dir", paramLabel = "KATALOG", defaultValue = ".",
            description = "Katalog att skriva filerna i (standard: aktuell katalog).")
    private Path outputDirectory;

    @Mixin
    private DataDirectoryOption data;

    @Mixin
    private RegistryOptions registryOptions;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        AppServices services = AppServices.open(data.storage(),
                registryOptions.load(data.database()).registry(), Clock.systemDefaultZone());
        ReviewRound round = find(services);
        RoundResults.Results results = services.roundResults().of(round);
        String base = "omgang-" + round.reviewRoundId();
        Path resultFile = outputDirectory.resolve(base + "-resultat." + format);
        Path itemFile = outputDirectory.resolve(base + "-punkter." + format);
        OutputFiles.writeAtomically(resultFile, format == Format.json
                ? RoundExport.resultsJson(results) : RoundExport.resultsCsv(results));
        OutputFiles.writeAtomically(itemFile, format == Format.json
                ? RoundExport.itemsJson(results) : RoundExport.itemsCsv(results));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %d kommuner med slutliga resultat skrivna till %s och %s.%n", round.name(),
                results.table().entries().size(), resultFile, itemFile);
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        if (!results.allFinal()) {
            err.printf("Obs: %d kommuner har inget slutligt resultat och saknas i filerna:%n",
                    results.notFinal().size() + results.unscorable().size());
            results.notFinal().forEach(o -> err.printf("  %s %s: %s%n", o.kommunkod(), o.name(), o.state().label()));
            results.unscorable().forEach((code, problem) -> err.printf("  %s: %s%n", code, problem));
        }
        if (!round.published()) {
            err.println("Obs: omgångens resultat är inte publicerade ännu.");
        }
        err.flush();
    }

    private ReviewRound find(AppServices services) {
        String reference = roundReference.strip();
        return services.reviewRounds().rounds().stream()
                .filter(round -> Long.toString(round.reviewRoundId()).equals(reference)
                        || round.name().equalsIgnoreCase(reference))
                .findFirst()
                .orElseThrow(() -> CliFailure.usage("Granskningsomgången '" + reference + "' finns inte. Omgångar: "
                        + services.reviewRounds().rounds().stream()
                                .map(r -> r.reviewRoundId() + " " + r.name()).toList()));
    }
}
