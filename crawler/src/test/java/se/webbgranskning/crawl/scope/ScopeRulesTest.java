package se.webbgranskning.crawl.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The scope rules file: the bundled one loads, and a broken one is refused with a message naming the problem. */
class ScopeRulesTest {

    private static final String VALID = """
            topicTerms: [hemtjänst]
            hubTerms: [omsorg]
            serviceTerms: [avgift]
            removeQueryParameters: [utm_source]
            documentExtensions: [pdf]
            skipExtensions: [jpg]
            skipUrlPatterns: ["/sok"]
            """;

    private static ScopeRules parse(String yaml) throws Exception {
        return ScopeRules.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theBundledRulesLoadAndSkipMediaAndSearches() {
        ScopeRules rules = ScopeRules.bundled();
        assertThat(rules.isSkipped("/bilder/foto.JPG", null)).isTrue();
        assertThat(rules.isSkipped("/sok.html", "query=hemtjänst")).isTrue();
        assertThat(rules.isSkipped("/omsorg/hemtjanst.html", null)).isFalse();
        assertThat(rules.isDocumentPath("/download/18.1/taxa.PDF")).isTrue();
        assertThat(rules.removeQueryParameters()).contains("jsessionid", "utm_source");
    }

    @Test
    void aValidFileLoads() throws Exception {
        assertThat(parse(VALID).topic().matches("Hemtjänsten")).isTrue();
    }

    @Test
    void aMissingListIsNamed() {
        assertThatThrownBy(() -> parse(VALID.replace("hubTerms: [omsorg]\n", "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hubTerms");
    }

    @Test
    void aBrokenPatternIsNamed() {
        assertThatThrownBy(() -> parse(VALID.replace("\"/sok\"", "\"/sok(\"")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/sok(");
    }

    @Test
    void anUnknownKeyIsRefused() {
        assertThatThrownBy(() -> parse(VALID + "topicTermz: [x]\n")).hasMessageContaining("topicTermz");
    }
}
