package se.webbgranskning.app.municipalities;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.OptionalInt;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.webbgranskning.app.cli.CliFailure;
import se.webbgranskning.app.cli.DataDirectoryOption;
import se.webbgranskning.app.cli.HelpOptions;
import se.webbgranskning.app.cli.InputFiles;
import se.webbgranskning.app.db.Database;
import se.webbgranskning.municipality.MunicipalityRegistry;
import se.webbgranskning.municipality.PopulationFormatException;
import se.webbgranskning.municipality.PopulationImport;
import se.webbgranskning.municipality.ScbPopulationTable;

/** {@code municipalities import-population FILE}: stores SCB's population table in the data directory. */
@Command(name = "import-population", description = {
        "Läs in folkmängd per kommun från SCB:s statistikdatabas.",
        "%nTabell BE0101N1 exporterad som CSV, med en regionkolumn som '0114 Upplands Väsby' och en kolumn per år."
                + " Alla kommuner i registret måste finnas med. Siffrorna sparas i datakatalogen och används av alla"
                + " senare kommandon."})
final class ImportPopulationCommand implements Runnable {

    @Mixin
    private HelpOptions help;

    @Mixin
    private DataDirectoryOption data;

    @Mixin
    private RegistryOptions registryOptions;

    @Parameters(index = "0", paramLabel = "FIL", description = "CSV-filen exporterad från SCB.")
    private Path file;

    @Option(names = "--year", paramLabel = "ÅR", description = "Året som ska läsas in (standard: det senaste året i filen).")
    private Integer year;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        MunicipalityRegistry registry = registryOptions.registry();
        PopulationImport population = parse(registry);
        long id = new PopulationStore(Database.open(data.database()), Clock.systemUTC())
                .save(population, file.getFileName().toString());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Folkmängd för %d kommuner (år %d) inläst från %s till %s (import %d).%n",
                population.byCode().size(), population.year(), file.getFileName(), data.database().location(), id);
        if (!population.skippedRegions().isEmpty()) {
            out.printf("Hoppade över %d regioner som inte är kommuner (t.ex. %s).%n",
                    population.skippedRegions().size(), population.skippedRegions().get(0));
        }
        out.flush();
    }

    private PopulationImport parse(MunicipalityRegistry registry) {
        try (InputStream in = InputFiles.open(file)) {
            return ScbPopulationTable.parse(in, file.getFileName().toString())
                    .select(year == null ? OptionalInt.empty() : OptionalInt.of(year), registry);
        } catch (PopulationFormatException e) {
            throw CliFailure.failure("Folkmängden lästes inte in; inget har sparats (" + e.problems().size()
                    + " fel):\n" + e.getMessage());
        } catch (IOException e) {
            throw CliFailure.usage("Filen " + file + " kunde inte läsas: " + e.getMessage());
        }
    }
}
