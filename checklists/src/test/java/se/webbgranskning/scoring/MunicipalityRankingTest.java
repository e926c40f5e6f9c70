package se.webbgranskning.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import se.webbgranskning.municipality.Municipality;
import se.webbgranskning.municipality.Population;

class MunicipalityRankingTest {

    private static MunicipalityRanking.Entry entry(String code, Long population, int score) {
        Municipality municipality = new Municipality(code, "Kommun " + code, code.substring(0, 2), "Län",
                URI.create("https://k" + code + ".se/"),
                Optional.ofNullable(population).map(count -> new Population(count, 2024)));
        return new MunicipalityRanking.Entry(municipality, new Delindex1Result(BigFraction.of(score), List.of()));
    }

    private static List<String> describe(MunicipalityRanking.Table table) {
        return table.entries().stream().map(e -> e.municipality().code() + " " + e.rank() + " "
                + (e.sizeClassRank().isPresent() ? e.sizeClassRank().getAsInt() : "-")).toList();
    }

    @Test
    void ranksOverallAndWithinSizeClassWithTies() {
        MunicipalityRanking.Table table = MunicipalityRanking.rank(List.of(
                entry("0180", 988_943L, 70),
                entry("0114", 48_900L, 90),
                entry("0162", 32_425L, 70),
                entry("2321", 12_100L, 80),
                entry("0127", 95_905L, 90),
                entry("0125", 28_910L, 60)));

        assertThat(table.sizeClassRanksComputed()).isTrue();
        // Overall: 90, 90, 80, 70, 70, 60 → 1, 1, 3, 4, 4, 6; ties listed by code.
        // Size classes: 30–70k {0114: 90, 0162: 70}; the others are alone in their class.
        assertThat(describe(table)).containsExactly(
                "0114 1 1", "0127 1 1", "2321 3 1", "0162 4 2", "0180 4 1", "0125 6 1");
    }

    @Test
    void noSizeClassRanksWhileAnyPopulationIsUnknown() {
        MunicipalityRanking.Table table = MunicipalityRanking.rank(List.of(
                entry("0114", 48_900L, 90), entry("0162", 32_425L, 70), entry("0180", null, 80)));

        assertThat(table.sizeClassRanksComputed()).isFalse();
        assertThat(table.withoutSizeClass()).extracting(Municipality::code).containsExactly("0180");
        assertThat(table.entries()).allSatisfy(e -> assertThat(e.sizeClassRank()).isEqualTo(OptionalInt.empty()));
        assertThat(describe(table)).containsExactly("0114 1 -", "0180 2 -", "0162 3 -");
    }

    @Test
    void exactFractionsThatDifferOnlyBeyondTheDisplayedDecimalAreNotTied() {
        MunicipalityRanking.Table table = MunicipalityRanking.rank(List.of(
                new MunicipalityRanking.Entry(entry("0114", null, 0).municipality(),
                        new Delindex1Result(BigFraction.of(8363, 100), List.of())),
                new MunicipalityRanking.Entry(entry("0115", null, 0).municipality(),
                        new Delindex1Result(BigFraction.of(8361, 100), List.of()))));

        assertThat(describe(table)).containsExactly("0114 1 -", "0115 2 -");
    }
}
