package se.webbgranskning.crawl.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SiteScopeTest {

    @Test
    void aSiteIncludesItsRegisteredDomainAndSubdomains() {
        SiteScope scope = SiteScope.of(URI.create("https://www.stockholm.se/"));
        assertThat(scope.domain()).isEqualTo("stockholm.se");
        assertThat(scope.contains(URI.create("https://etjanster.stockholm.se/ansok"))).isTrue();
        assertThat(scope.contains(URI.create("http://stockholm.se:8080/x"))).isTrue();
        assertThat(scope.contains(URI.create("https://www.1177.se/"))).isFalse();
        assertThat(scope.contains(URI.create("https://notstockholm.se/"))).isFalse();
        assertThat(scope.contains(URI.create("mailto:info@stockholm.se"))).isFalse();
    }

    @Test
    void unknownSuffixesKeepTheLastTwoLabels() {
        SiteScope scope = SiteScope.of(URI.create("http://www.ekbacka.test:4567/"));
        assertThat(scope.domain()).isEqualTo("ekbacka.test");
        assertThat(scope.contains(URI.create("http://etjanst.ekbacka.test:4567/ansokan"))).isTrue();
        assertThat(scope.contains(URI.create("http://www.regionvast.test:4567/"))).isFalse();
    }

    @Test
    void anAddressStartPageScopesToThatOriginOnly() {
        SiteScope scope = SiteScope.of(URI.create("http://127.0.0.1:8001/"));
        assertThat(scope.contains(URI.create("http://127.0.0.1:8001/hemtjanst"))).isTrue();
        assertThat(scope.contains(URI.create("http://127.0.0.1:8002/hemtjanst"))).isFalse();
        assertThat(scope.contains(URI.create("http://127.0.0.2:8001/"))).isFalse();
    }
}
