package se.webbgranskning.app.municipalities;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Jdbi;

import picocli.CommandLine.Option;
import se.webbgranskning.app.cli.CliFailure;
import se.webbgranskning.app.cli.InputFiles;
import se.webbgranskning.app.db.Database;
import se.webbgranskning.app.db.DatabaseSettings;
import se.webbgranskning.municipality.MunicipalityRegistry;
import se.webbgranskning.municipality.Population;
import se.webbgranskning.municipality.RegistryFormatException;

/**
 * {@code --municipalities FILE}: the registry to use instead of the bundled one (codes and websites change),
 * combined with the population figures imported into the data directory.
 */
public final class RegistryOptions {

    @Option(names = "--municipalities", paramLabel = "FIL",
            description = "Kommunregister (CSV i samma format som det inbyggda) att använda i stället för det inbyggda.")
    private Path file;

    /** The registry alone, as bundled or as given, without imported populations. */
    public MunicipalityRegistry registry() {
        return file == null ? MunicipalityRegistry.bundled() : read(file);
    }

    /** Reads and validates a registry file; an invalid one is a failure listing every problem with its line. */
    static MunicipalityRegistry read(Path file) {
        try (Reader reader = new java.io.StringReader(InputFiles.readUtf8(file))) {
            return MunicipalityRegistry.parse(reader, file.getFileName().toString());
        } catch (RegistryFormatException e) {
            throw CliFailure.failure("Kommunregistret är ogiltigt (" + e.problems().size() + " fel):\n" + e.getMessage());
        } catch (IOException e) {
            throw CliFailure.usage("Filen " + file + " kunde inte läsas: " + e.getMessage());
        }
    }

    /** The registry with the newest population import of the data directory applied, where there is one. */
    public LoadedRegistry load(DatabaseSettings databaseSettings) {
        MunicipalityRegistry registry = registry();
        Optional<Jdbi> database = Database.openIfExists(databaseSettings);
        Optional<PopulationStore.StoredImport> populations =
                database.flatMap(jdbi -> new PopulationStore(jdbi, Clock.systemUTC()).latest());
        if (populations.isEmpty()) {
            return new LoadedRegistry(registry, Optional.empty());
        }
        // An edited registry may lack codes the import has (e.g. after a merger); those figures cannot apply.
        Map<String, Population> applicable = populations.get().byCode().entrySet().stream()
                .filter(entry -> registry.byCode(entry.getKey()).isPresent())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new LoadedRegistry(registry.withPopulations(applicable), populations);
    }
}
