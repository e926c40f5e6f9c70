package se.webbgranskning.app.municipalities;

import java.util.Optional;

import se.webbgranskning.municipality.MunicipalityRegistry;

/**
 * The registry a command works with, and the population import applied to it (empty when none was imported:
 * then only the populations in the registry file itself are known).
 */
public record LoadedRegistry(MunicipalityRegistry registry, Optional<PopulationStore.StoredImport> populationImport) {

    /**
     * The Swedish notice every command prints while some municipalities have no known population, or empty when
     * every size class is known. Size classes are never guessed.
     */
    public Optional<String> missingPopulationNotice() {
        long missing = registry.countWithoutPopulation();
        if (missing == 0) {
            return Optional.empty();
        }
        return Optional.of("Obs: folkmängd saknas för " + missing + " av " + registry.size() + " kommuner, så deras"
                + " storleksklass är okänd och rang inom storleksklass beräknas inte. Läs in SCB:s folkmängdstabell med"
                + " 'webbgranskning municipalities import-population FIL'.");
    }
}
