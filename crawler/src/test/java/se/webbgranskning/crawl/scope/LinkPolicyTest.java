package se.webbgranskning.crawl.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class LinkPolicyTest {

    private static final URI START = URI.create("https://www.exempel.se/");
    private static final URI CARE_PAGE = URI.create("https://www.exempel.se/omsorg/hemtjanst.html");

    private final LinkPolicy policy = new LinkPolicy(ScopeRules.bundled(), SiteScope.of(START));

    @Test
    void followsHomeCareLinksFirstByTextOrUrl() {
        assertThat(policy.decide(URI.create("https://www.exempel.se/x/4.12ab.html"), "Hjälp i hemmet", START,
                false, true)).contains(LinkPriority.TOPIC);
        assertThat(policy.decide(URI.create("https://www.exempel.se/aldreomsorg/"), "Läs mer", START, false, false))
                .contains(LinkPriority.TOPIC);
    }

    @Test
    void followsSignpostsTowardsTheSection() {
        assertThat(policy.decide(URI.create("https://www.exempel.se/omsorg-och-stod/"), "Omsorg och stöd", START,
                false, true)).contains(LinkPriority.SIGNPOST);
    }

    @Test
    void ignoresUnrelatedSectionsOfTheSite() {
        assertThat(policy.decide(URI.create("https://www.exempel.se/bygga-bo/bygglov.html"), "Bygglov",
                URI.create("https://www.exempel.se/bygga-bo/"), false, false)).isEmpty();
        assertThat(policy.decide(URI.create("https://www.exempel.se/skola/"), "Förskola och skola", CARE_PAGE,
                true, false)).isEmpty();
    }

    @Test
    void exploresAnyStartPageLinkLastSinceMenusMayHideTheSection() {
        assertThat(policy.decide(URI.create("https://www.exempel.se/invanare/"), "Invånare", START, false, true))
                .contains(LinkPriority.EXPLORE);
        assertThat(policy.decide(URI.create("https://www.exempel.se/invanare/"), "Invånare",
                URI.create("https://www.exempel.se/kultur/"), false, false)).isEmpty();
    }

    @Test
    void signpostsCountOnlyInTheLinksOwnPathSegment() {
        assertThat(policy.decide(URI.create("https://www.exempel.se/omsorg-och-stod/statistik"), "Statistik",
                URI.create("https://www.exempel.se/omsorg-och-stod/"), false, false)).isEmpty();
    }

    @Test
    void followsDocumentsAndEServicesFromHomeCarePages() {
        assertThat(policy.decide(URI.create("https://www.exempel.se/download/18.1/taxa-2026.pdf"), "Ladda ner",
                CARE_PAGE, true, false)).contains(LinkPriority.TOPIC);
        assertThat(policy.decide(URI.create("https://etjanster.exempel.se/start"), "Logga in", CARE_PAGE, true,
                false)).contains(LinkPriority.TOPIC);
        assertThat(policy.decide(URI.create("https://www.exempel.se/download/18.1/taxa-2026.pdf"), "Ladda ner",
                START, false, false)).isEmpty();
    }

    @Test
    void followsServiceTopicsOnlyFromTheStartOrHomeCarePages() {
        URI fees = URI.create("https://www.exempel.se/avgifter.html");
        assertThat(policy.decide(fees, "Vad kostar det?", CARE_PAGE, true, false)).contains(LinkPriority.SERVICE);
        assertThat(policy.decide(fees, "Vad kostar det?", START, false, true)).contains(LinkPriority.SERVICE);
        assertThat(policy.decide(fees, "Vad kostar det?", URI.create("https://www.exempel.se/kultur"), false,
                false)).isEmpty();
    }

    @Test
    void neverLeavesTheMunicipalityOrFetchesSkippedUrls() {
        assertThat(policy.decide(URI.create("https://www.1177.se/hemtjanst"), "Hemtjänst", CARE_PAGE, true, false))
                .isEmpty();
        assertThat(policy.decide(URI.create("https://www.exempel.se/bilder/hemtjanst.jpg"), "Hemtjänst", CARE_PAGE,
                true, false)).isEmpty();
        assertThat(policy.decide(URI.create("https://www.exempel.se/sok.html?query=hemtjänst"), "Hemtjänst",
                CARE_PAGE, true, false)).isEmpty();
        assertThat(policy.allowsRedirectTo(URI.create("https://www.1177.se/"))).isFalse();
        assertThat(policy.allowsRedirectTo(URI.create("https://e.exempel.se/"))).isTrue();
    }

    @Test
    void aPageIsRelevantByItsUrlTitleOrRepeatedTopicWords() {
        assertThat(policy.isRelevantPage(CARE_PAGE, "", "")).isTrue();
        assertThat(policy.isRelevantPage(URI.create("https://www.exempel.se/4.1.html"), "Hemtjänst", "")).isTrue();
        assertThat(policy.isRelevantPage(URI.create("https://www.exempel.se/4.1.html"), "Nyheter",
                "Kommunen satsar på äldreomsorg. Hemtjänsten får nya bilar. Trygghetslarm byts ut.")).isTrue();
        assertThat(policy.isRelevantPage(URI.create("https://www.exempel.se/4.1.html"), "Bygglov",
                "Så söker du bygglov.")).isFalse();
    }
}
