package se.webbgranskning.app.municipalities;

import java.io.PrintWriter;
import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.webbgranskning.app.cli.CommandGroup;
import se.webbgranskning.app.cli.DataDirectoryOption;
import se.webbgranskning.app.cli.HelpOptions;
import se.webbgranskning.municipality.MunicipalityRegistry;

/** {@code webbgranskning municipalities list|validate|import-population}. */
@Command(name = "municipalities",
        description = "Kommunregistret: lista kommunerna, validera ett register, läs in folkmängd från SCB.",
        subcommands = {MunicipalitiesCommand.List.class, MunicipalitiesCommand.Validate.class,
                ImportPopulationCommand.class})
public final class MunicipalitiesCommand extends CommandGroup {


    @Command(name = "list", description = "Lista kommunerna med län, webbplats, folkmängd och storleksklass.")
    static final class List implements Runnable {
        @Mixin
        private HelpOptions help;

        @Mixin
        private DataDirectoryOption data;

        @Mixin
        private RegistryOptions registryOptions;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
                description = "Utdataformat: table (tabell, standard) eller csv (semikolon, UTF-8 med BOM).")
        private ListFormat format;

        @Spec
        private CommandSpec spec;

        @Override
        public void run() {
            LoadedRegistry loaded = registryOptions.load(data.database());
            PrintWriter out = spec.commandLine().getOut();
            if (format == ListFormat.csv) {
                MunicipalityListing.csv(loaded.registry(), out);
            } else {
                MunicipalityListing.table(loaded.registry(), out);
                loaded.populationImport().ifPresent(populations -> out.printf(
                        "Folkmängd från %s (år %d), inläst %s.%n", populations.sourceName(), populations.year(),
                        populations.importedAt().toLocalDate()));
            }
            out.flush();
            loaded.missingPopulationNotice().ifPresent(notice -> spec.commandLine().getErr().println(notice));
        }
    }

    /** Output formats of {@code municipalities list}; lower case so that they read naturally on the command line. */
    enum ListFormat { table, csv }

    @Command(name = "validate", description = "Validera en redigerad kopia av kommunregistret (CSV).")
    static final class Validate implements Runnable {
        @Mixin
        private HelpOptions help;

        @picocli.CommandLine.Parameters(index = "0", paramLabel = "FIL", description = "Registerfilen som ska valideras.")
        private Path file;

        @Spec
        private CommandSpec spec;

        @Override
        public void run() {
            MunicipalityRegistry registry = RegistryOptions.read(file);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s är giltig: %d kommuner i %d län, %d med folkmängd.%n", file.getFileName(), registry.size(),
                    registry.counties().size(), registry.size() - registry.countWithoutPopulation());
            out.flush();
        }
    }
}
