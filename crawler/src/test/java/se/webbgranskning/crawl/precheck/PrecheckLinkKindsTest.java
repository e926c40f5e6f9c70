package se.webbgranskning.crawl.precheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.webbgranskning.checklist.LinkKind;

/** The link-kind vocabulary: loaded and validated, and recognising links by text, address, host and file type. */
class PrecheckLinkKindsTest {

    private static final LinkKindRules RULES = LinkKindRules.bundled();

    private static java.util.Set<LinkKind> kinds(String url, String text) {
        return RULES.kindsOf(new PrecheckLink(url, text));
    }

    @Test
    void eServicesByTextAddressOrTheirOwnHost() {
        assertThat(kinds("https://kommun.se/x", "Ansök via e-tjänsten")).contains(LinkKind.E_SERVICE);
        assertThat(kinds("https://etjanst.kommun.se/ansokan/42", "Ansök här")).contains(LinkKind.E_SERVICE);
        assertThat(kinds("https://kommun.se/e-tjanster/ansok-om-hemtjanst", "Ansök")).contains(LinkKind.E_SERVICE);
        assertThat(kinds("https://kommun.se/omsorg/hemtjanst", "Hemtjänst")).doesNotContain(LinkKind.E_SERVICE);
    }

    @Test
    void formsDocumentsAndCalculators() {
        assertThat(kinds("https://kommun.se/download/18.1/17/ansokan.pdf", "Ansökan om bistånd (pdf, 80 kB)"))
                .contains(LinkKind.PDF);
        assertThat(kinds("https://kommun.se/blanketter/ansokan-hemtjanst.docx", "Ansökningsblankett"))
                .contains(LinkKind.APPLICATION_FORM);
        assertThat(kinds("https://kommun.se/avgiftskalkylator", "Räkna ut din avgift")).contains(LinkKind.FEE_CALCULATOR);
    }

    @Test
    void accessibilityAndLanguageLinks() {
        assertThat(kinds("https://kommun.se/om-webbplatsen/tillganglighetsredogorelse", "Tillgänglighetsredogörelse"))
                .contains(LinkKind.ACCESSIBILITY_STATEMENT);
        assertThat(kinds("https://kommun.se/lattlast", "Lättläst")).contains(LinkKind.EASY_TO_READ);
        assertThat(kinds("https://kommun.se/teckensprak", "Teckenspråk")).contains(LinkKind.SIGN_LANGUAGE);
        assertThat(kinds("https://kommun.se/languages/arabic", "العربية")).contains(LinkKind.OTHER_LANGUAGES);
        assertThat(kinds("https://kommun.se/x", "Suomeksi")).contains(LinkKind.OTHER_LANGUAGES);
    }

    @Test
    void readAloudButNotAPodcast() {
        assertThat(kinds("https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=1", "Lyssna")).contains(LinkKind.READ_ALOUD);
        assertThat(kinds("https://kommun.se/x", "Lyssna på sidan")).contains(LinkKind.READ_ALOUD);
        assertThat(kinds("https://kommun.se/podd", "Lyssna på podden om äldreomsorg")).doesNotContain(LinkKind.READ_ALOUD);
    }

    @Test
    void theBundledFileDescribesEveryKindOnce() {
        for (LinkKind kind : LinkKind.values()) {
            assertThat(LinkKindRules.swedishName(kind)).isNotBlank();
        }
        assertThat(RULES).isNotNull();
    }

    @Test
    void aBrokenVocabularyIsRefusedWithEveryProblemNamed() {
        String yaml = """
                kinds:
                  - kind: e-service
                    texts: [e-tjänst]
                  - kind: e-service
                    texts: [etjänst]
                  - kind: podcast
                    texts: [podd]
                """;
        assertThatThrownBy(() -> LinkKindRules.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("länktypen 'e-service' beskrivs två gånger")
                .hasMessageContaining("okänd länktyp 'podcast'")
                .hasMessageContaining("länktypen 'read-aloud' saknas");
    }

    @Test
    void anUnknownKeyIsRefused() {
        String yaml = "kinds:\n  - kind: pdf\n    text: [pdf]\n";
        assertThatThrownBy(() -> LinkKindRules.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("text");
    }
}
