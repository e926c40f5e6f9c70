package se.webbgranskning.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

/** An edited registry is validated row by row; every problem names the file and the line. */
class RegistryParseTest {

    private static final String HEADER = "kommunkod,namn,lanskod,lan,webbplats,folkmangd,folkmangd_ar\n";
    private static final String GOOD = "0114,Upplands Väsby,01,Stockholms län,https://www.upplandsvasby.se/,,\n";

    private static MunicipalityRegistry parse(String content) throws RegistryFormatException {
        return MunicipalityRegistry.parse(new StringReader(content), "kommuner.csv");
    }

    private static List<String> problems(String content) {
        RegistryFormatException error = catchThrowableOfType(RegistryFormatException.class, () -> parse(content));
        assertThat(error).as("should be rejected").isNotNull();
        return error.problems();
    }

    @Test
    void readsASmallEditedCopyWithBomAndCrlf() throws RegistryFormatException {
        MunicipalityRegistry registry = parse("\uFEFF" + HEADER.replace("\n", "\r\n") + GOOD.replace("\n", "\r\n")
                + "2321,Åre,23,Jämtlands län,https://www.are.se/,12000,2024\r\n");

        assertThat(registry.size()).isEqualTo(2);
        assertThat(registry.byCode("2321").orElseThrow().population()).contains(new Population(12_000, 2024));
    }

    @Test
    void wrongHeaderNamesTheColumns() {
        assertThat(problems("kommunkod,namn,lan,webbplats\n" + GOOD)).singleElement().asString()
                .startsWith("kommuner.csv rad 1: rubrikraden ska vara")
                .contains("saknade kolumner: lanskod, folkmangd, folkmangd_ar");
    }

    @Test
    void emptyFileAndHeaderOnly() {
        assertThat(problems("")).singleElement().asString().contains("filen är tom");
        assertThat(problems(HEADER)).singleElement().asString().contains("inga kommuner");
    }

    @Test
    void eachRowProblemIsNamedWithItsLine() {
        assertThat(problems(HEADER + "114,X,01,Stockholms län,https://x.se/,,\n"))
                .containsExactly("kommuner.csv rad 2: kommunkod '114' ska vara fyra siffror");
        assertThat(problems(HEADER + GOOD + "0114,Annan,01,Stockholms län,https://annan.se/,,\n"))
                .containsExactly("kommuner.csv rad 3: kommunkoden 0114 finns redan på rad 2");
        assertThat(problems(HEADER + GOOD + "0115,Upplands Väsby,01,Stockholms län,https://annan.se/,,\n"))
                .containsExactly("kommuner.csv rad 3: namnet Upplands Väsby finns redan på rad 2");
        assertThat(problems(HEADER + "0114,,01,Stockholms län,https://x.se/,,\n"))
                .containsExactly("kommuner.csv rad 2: namn saknas");
        assertThat(problems(HEADER + "0114,X,02,Stockholms län,https://x.se/,,\n"))
                .containsExactly("kommuner.csv rad 2: lanskod 02 stämmer inte med kommunkoden 0114 (de två första siffrorna)");
        assertThat(problems(HEADER + "0114,X,01,,https://x.se/,,\n"))
                .containsExactly("kommuner.csv rad 2: län saknas");
        assertThat(problems(HEADER + "0114,X,01,Stockholms län,https://x.se/\n"))
                .containsExactly("kommuner.csv rad 2: väntade 7 fält, fick 5");
    }

    @Test
    void websiteMustBeAnAbsoluteHttpsUrl() {
        for (String bad : List.of("http://www.x.se/", "www.x.se", "https:///path", "https://x .se/", "")) {
            assertThat(problems(HEADER + "0114,X,01,Stockholms län," + bad + ",,\n")).as(bad)
                    .singleElement().asString()
                    .startsWith("kommuner.csv rad 2: webbplats '" + bad + "' ska vara en fullständig https-adress");
        }
    }

    @Test
    void populationMustBePositiveAndComeWithItsYear() {
        assertThat(problems(HEADER + "0114,X,01,Stockholms län,https://x.se/,0,2024\n"))
                .containsExactly("kommuner.csv rad 2: folkmängden '0' ska vara ett heltal större än 0");
        assertThat(problems(HEADER + "0114,X,01,Stockholms län,https://x.se/,-5,2024\n"))
                .containsExactly("kommuner.csv rad 2: folkmängden '-5' ska vara ett heltal större än 0");
        assertThat(problems(HEADER + "0114,X,01,Stockholms län,https://x.se/,48000,\n"))
                .containsExactly("kommuner.csv rad 2: folkmangd och folkmangd_ar ska båda vara ifyllda eller båda tomma");
        assertThat(problems(HEADER + "0114,X,01,Stockholms län,https://x.se/,48000,24\n"))
                .containsExactly("kommuner.csv rad 2: folkmangd_ar '24' ska vara ett årtal");
    }

    @Test
    void allProblemsAreReportedTogether() {
        assertThat(problems(HEADER + "114,X,01,Stockholms län,http://x.se/,,\n" + GOOD + GOOD)).containsExactly(
                "kommuner.csv rad 2: kommunkod '114' ska vara fyra siffror",
                "kommuner.csv rad 2: webbplats 'http://x.se/' ska vara en fullständig https-adress, t.ex. https://www.kommun.se/",
                "kommuner.csv rad 4: kommunkoden 0114 finns redan på rad 3",
                "kommuner.csv rad 4: namnet Upplands Väsby finns redan på rad 3");
    }
}
