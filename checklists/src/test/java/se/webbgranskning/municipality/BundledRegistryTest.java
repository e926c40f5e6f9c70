package se.webbgranskning.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Invariants of the bundled registry, copied from shared/data/kommuner.csv. */
class BundledRegistryTest {

    private final MunicipalityRegistry registry = MunicipalityRegistry.bundled();

    private Municipality get(String code) {
        return registry.byCode(code).orElseThrow();
    }

    @Test
    void has290MunicipalitiesIn21CountiesWithUniqueCodesAndNames() {
        assertThat(registry.size()).isEqualTo(290);
        assertThat(registry.counties()).hasSize(21);
        assertThat(registry.all()).extracting(Municipality::code).doesNotHaveDuplicates().allMatch(code -> code.matches("\\d{4}"));
        assertThat(registry.all()).extracting(Municipality::name).doesNotHaveDuplicates();
        assertThat(registry.all()).extracting(m -> m.website().getHost()).doesNotHaveDuplicates();
    }

    @Test
    void countyCountsMatchTheSources() {
        Map<String, Long> perCounty = registry.all().stream()
                .collect(Collectors.groupingBy(Municipality::countyCode, Collectors.counting()));
        assertThat(perCounty).containsEntry("01", 26L).containsEntry("09", 1L).containsEntry("12", 33L)
                .containsEntry("14", 49L).containsEntry("25", 14L);
    }

    @Test
    void spotValuesKeepTheirSwedishLettersAndLeadingZeros() {
        assertThat(get("0114")).satisfies(m -> {
            assertThat(m.name()).isEqualTo("Upplands Väsby");
            assertThat(m.county()).isEqualTo("Stockholms län");
            assertThat(m.website()).isEqualTo(URI.create("https://www.upplandsvasby.se/"));
        });
        assertThat(get("0180").name()).isEqualTo("Stockholm");
        assertThat(get("2584").name()).isEqualTo("Kiruna");
        assertThat(get("2023").name()).isEqualTo("Malung-Sälen");
        assertThat(get("2321").name()).isEqualTo("Åre");
        assertThat(get("2284").name()).isEqualTo("Örnsköldsvik");
        assertThat(get("0980").name()).isEqualTo("Gotland");
        assertThat(get("0305").name()).isEqualTo("Håbo");
        assertThat(get("0643").name()).isEqualTo("Habo");
        assertThat(get("0305").website()).isNotEqualTo(get("0643").website());
    }

    @Test
    void onlyTheEightSourcedPopulationsAreFilledNoneInvented() {
        Set<String> withPopulation = registry.all().stream()
                .filter(m -> m.population().isPresent()).map(Municipality::code).collect(Collectors.toSet());

        assertThat(withPopulation).containsExactlyInAnyOrder("0123", "0125", "0126", "0127", "0136", "0162", "0182", "0186");
        assertThat(registry.countWithoutPopulation()).isEqualTo(282);
        assertThat(get("0127").population()).contains(new Population(95_905, 2024));
        assertThat(get("0127").sizeClass()).contains(SizeClass.FROM_70K_TO_200K);
        assertThat(get("0162").sizeClass()).contains(SizeClass.FROM_30K_TO_70K);
        assertThat(get("0125").sizeClass()).contains(SizeClass.FROM_15K_TO_30K);
        assertThat(get("0180").sizeClass()).isEmpty();
    }

    @Test
    void populationsCanBeReplaced() {
        MunicipalityRegistry updated = registry.withPopulations(Map.of("0180", new Population(988_943, 2024)));

        assertThat(updated.byCode("0180").orElseThrow().sizeClass()).contains(SizeClass.FROM_200K);
        assertThat(registry.byCode("0180").orElseThrow().sizeClass()).as("the original is unchanged").isEmpty();
        assertThat(updated.countWithoutPopulation()).isEqualTo(281);
    }
}
