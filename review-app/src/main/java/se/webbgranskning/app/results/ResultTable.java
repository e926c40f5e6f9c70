package se.webbgranskning.app.results;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

import se.webbgranskning.municipality.SizeClass;
import se.webbgranskning.scoring.MunicipalityRanking;

/**
 * The results table as the results page shows it: filtered by county and size class and sorted by rank, name or
 * county. Filtering never re-ranks: a municipality keeps its national rank.
 */
public record ResultTable(List<MunicipalityRanking.RankedEntry> rows, List<String> counties, String county,
                          String sizeClass, String sort) {

    public static final List<String> SORTS = List.of("rang", "namn", "lan");

    public static ResultTable of(RoundResults.Results results, String county, String sizeClass, String sort) {
        String chosenCounty = county == null ? "" : county;
        String chosenClass = sizeClass == null ? "" : sizeClass;
        String chosenSort = sort != null && SORTS.contains(sort) ? sort : "rang";
        List<MunicipalityRanking.RankedEntry> all = results.table().entries();
        List<String> counties = List.copyOf(all.stream().map(e -> e.municipality().county())
                .filter(c -> !c.isEmpty()).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        List<MunicipalityRanking.RankedEntry> rows = all.stream()
                .filter(e -> chosenCounty.isEmpty() || e.municipality().county().equals(chosenCounty))
                .filter(e -> chosenClass.isEmpty()
                        || e.municipality().sizeClass().map(SizeClass::name).equals(Optional.of(chosenClass)))
                .sorted(order(chosenSort))
                .toList();
        return new ResultTable(rows, counties, chosenCounty, chosenClass, chosenSort);
    }

    private static Comparator<MunicipalityRanking.RankedEntry> order(String sort) {
        Comparator<MunicipalityRanking.RankedEntry> byRank =
                Comparator.comparingInt(MunicipalityRanking.RankedEntry::rank);
        // Swedish collation: å, ä and ö sort after z, as Swedish readers expect.
        Comparator<MunicipalityRanking.RankedEntry> byName = Comparator.comparing(
                e -> e.municipality().name(), Collator.getInstance(new Locale("sv", "SE")));
        switch (sort) {
            case "namn":
                return byName;
            case "lan":
                return Comparator.comparing((MunicipalityRanking.RankedEntry e) -> e.municipality().county())
                        .thenComparing(byRank);
            default:
                return byRank.thenComparing(byName);
        }
    }

    public List<SizeClass> sizeClasses() {
        return List.of(SizeClass.values());
    }
}
