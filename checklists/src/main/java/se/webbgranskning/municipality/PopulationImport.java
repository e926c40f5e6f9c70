package se.webbgranskning.municipality;

import java.util.List;
import java.util.Map;

/** Validated population figures for every municipality of a registry, for one reference year. */
public record PopulationImport(int year, Map<String, Population> byCode, List<String> skippedRegions) {

    public PopulationImport {
        byCode = Map.copyOf(byCode);
        skippedRegions = List.copyOf(skippedRegions);
    }
}
