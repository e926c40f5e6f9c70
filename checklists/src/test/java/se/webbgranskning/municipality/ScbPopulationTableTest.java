package se.webbgranskning.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

/** SCB-style exports written by hand: title lines, different delimiters and encodings, non-municipal regions. */
class ScbPopulationTableTest {

    private static final MunicipalityRegistry REGISTRY = registry();

    private static final String COMMA_UTF8 = """
            "Folkmängd efter region och år"

            "region","2022","2023","2024"
            "00 Riket",10521556,10551707,10587710
            "01 Stockholms län",2454821,2462883,2476001
            "0114 Upplands Väsby",48000,48500,48900
            "0180 Stockholm",978770,984748,988943
            "2321 Åre",11900,12000,12100

            "Källa: testdata, inte SCB:s siffror."
            """;

    private static MunicipalityRegistry registry() {
        try {
            return MunicipalityRegistry.parse(new StringReader("""
                    kommunkod,namn,lanskod,lan,webbplats,folkmangd,folkmangd_ar
                    0114,Upplands Väsby,01,Stockholms län,https://www.upplandsvasby.se/,,
                    0180,Stockholm,01,Stockholms län,https://www.stockholm.se/,,
                    2321,Åre,23,Jämtlands län,https://www.are.se/,,
                    """), "test.csv");
        } catch (RegistryFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ScbPopulationTable table(byte[] bytes) throws IOException, PopulationFormatException {
        return ScbPopulationTable.parse(new ByteArrayInputStream(bytes), "scb.csv");
    }

    private static PopulationImport importOf(String text, OptionalInt year) throws IOException, PopulationFormatException {
        return table(text.getBytes(StandardCharsets.UTF_8)).select(year, REGISTRY);
    }

    private static List<String> problems(String text, OptionalInt year) {
        PopulationFormatException error = catchThrowableOfType(PopulationFormatException.class, () -> importOf(text, year));
        assertThat(error).as("should be rejected").isNotNull();
        return error.problems();
    }

    @Test
    void readsTheNewestYearAndSkipsRegionsThatAreNotMunicipalities() throws Exception {
        PopulationImport population = importOf(COMMA_UTF8, OptionalInt.empty());

        assertThat(population.year()).isEqualTo(2024);
        assertThat(population.byCode()).containsOnly(
                java.util.Map.entry("0114", new Population(48_900, 2024)),
                java.util.Map.entry("0180", new Population(988_943, 2024)),
                java.util.Map.entry("2321", new Population(12_100, 2024)));
        assertThat(population.skippedRegions()).containsExactly("00 Riket", "01 Stockholms län");
    }

    @Test
    void readsARequestedYear() throws Exception {
        assertThat(importOf(COMMA_UTF8, OptionalInt.of(2022)).byCode().get("0114")).isEqualTo(new Population(48_000, 2022));
    }

    @Test
    void readsSemicolonSeparatedWindows1252WithThousandsSeparatorsAndExtraColumns() throws Exception {
        String text = "Folkmängd efter region, kön och år\r\n\r\n"
                + "region;kön;Folkmängd 2023;Folkmängd 2024\r\n"
                + "0114 Upplands Väsby;totalt;48 500;48 900\r\n"
                + "0180 Stockholm;totalt;984\u00A0748;988\u00A0943\r\n"
                + "2321 Åre;totalt;12 000;12 100\r\n";
        byte[] bytes = text.getBytes(Charset.forName("windows-1252"));

        ScbPopulationTable table = table(bytes);
        PopulationImport population = table.select(OptionalInt.empty(), REGISTRY);

        assertThat(table.years()).containsExactly(2023, 2024);
        assertThat(population.byCode().get("0180")).isEqualTo(new Population(988_943, 2024));
        assertThat(population.byCode().get("0114")).isEqualTo(new Population(48_900, 2024));
    }

    @Test
    void readsTabSeparatedUtf8WithBom() throws Exception {
        String text = "\uFEFFregion\t2024\n0114 Upplands Väsby\t48900\n0180 Stockholm\t988943\n2321 Åre\t12100\n";
        assertThat(importOf(text, OptionalInt.empty()).byCode()).hasSize(3);
    }

    @Test
    void unknownYearNamesTheYearsThatExist() {
        assertThat(problems(COMMA_UTF8, OptionalInt.of(2019)))
                .containsExactly("scb.csv: året 2019 finns inte i tabellen (år i filen: 2022, 2023, 2024)");
    }

    @Test
    void unknownCodeMissingMunicipalityDuplicateAndBadValuesAreAllReported() {
        String text = """
                "region","2024"
                "0114 Upplands Väsby",48900
                "0114 Upplands Väsby",48900
                "0180 Stockholm",..
                "9999 Påhittad",1000
                """;

        assertThat(problems(text, OptionalInt.empty())).containsExactly(
                "scb.csv rad 3: kommunen 0114 finns redan på rad 2; exportera en rad per kommun (totalt, inte uppdelat på kön eller ålder)",
                "scb.csv rad 4: folkmängden för 0180 år 2024 är '..'; den ska vara ett heltal större än 0",
                "scb.csv rad 5: kommunkoden 9999 (Påhittad) finns inte i kommunregistret",
                "scb.csv: 1 kommuner i registret saknas i tabellen: 2321 Åre");
    }

    @Test
    void zeroIsNotAPopulation() {
        String text = "region,2024\n0114 Upplands Väsby,0\n0180 Stockholm,988943\n2321 Åre,12100\n";
        assertThat(problems(text, OptionalInt.empty()))
                .containsExactly("scb.csv rad 2: folkmängden för 0114 år 2024 är '0'; den ska vara ett heltal större än 0");
    }

    @Test
    void aFileWithoutRegionOrYearColumnsIsRejected() {
        PopulationFormatException error = catchThrowableOfType(PopulationFormatException.class,
                () -> table("kod,antal\n0114,48900\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(error.problems()).singleElement().asString()
                .startsWith("scb.csv: ingen rubrikrad med en kolumn 'region'");
    }

    @Test
    void coversAll290BundledMunicipalities() throws Exception {
        MunicipalityRegistry bundled = MunicipalityRegistry.bundled();
        StringBuilder text = new StringBuilder("\"region\",\"2024\"\n\"00 Riket\",10587710\n");
        bundled.all().forEach(m -> text.append('"').append(m.code()).append(' ').append(m.name()).append("\",")
                .append(5_000 + Integer.parseInt(m.code())).append('\n'));

        PopulationImport population = table(text.toString().getBytes(StandardCharsets.UTF_8))
                .select(OptionalInt.empty(), bundled);
        MunicipalityRegistry withPopulations = bundled.withPopulations(population.byCode());

        assertThat(population.byCode()).hasSize(290);
        assertThat(withPopulations.countWithoutPopulation()).isZero();
        assertThat(withPopulations.all()).allSatisfy(m -> assertThat(m.sizeClass()).isPresent());
    }
}
