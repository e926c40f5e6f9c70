package se.webbgranskning.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.of(List.of("10.0.0.2", "10.0.0.3", "::1"));

    @Test
    void anUntrustedPeerIsTheClientWhateverItsHeadersSay() {
        TrustedProxies.Client client = proxies.client("198.51.100.7", false, "203.0.113.1", "https");

        assertThat(client).isEqualTo(new TrustedProxies.Client("198.51.100.7", false));
    }

    @Test
    void noTrustedProxiesMeansHeadersAreNeverRead() {
        TrustedProxies.Client client = TrustedProxies.none().client("10.0.0.2", false, "203.0.113.1", "https");

        assertThat(client).isEqualTo(new TrustedProxies.Client("10.0.0.2", false));
    }

    @Test
    void throughTrustedProxiesTheClientIsTheRightMostAddressThatIsNoProxy() {
        // a forged entry (left), the real client, then a second proxy in the chain
        TrustedProxies.Client client = proxies.client("10.0.0.2", false, "1.2.3.4, 203.0.113.5, 10.0.0.3", "https");

        assertThat(client).isEqualTo(new TrustedProxies.Client("203.0.113.5", true));
    }

    @Test
    void aTrustedPeerWithoutHeadersIsItself() {
        assertThat(proxies.client("::1", false, null, null)).isEqualTo(new TrustedProxies.Client("::1", false));
        assertThat(proxies.client("0:0:0:0:0:0:0:1", false, null, "http"))
                .as("the same IPv6 address in another spelling").isEqualTo(
                        new TrustedProxies.Client("0:0:0:0:0:0:0:1", false));
        assertThat(proxies.trusts("0:0:0:0:0:0:0:1")).isTrue();
    }

    @Test
    void garbageInForwardedForStopsTheWalk() {
        TrustedProxies.Client client = proxies.client("10.0.0.2", false, "203.0.113.5, nonsense", "HTTPS, http");

        assertThat(client).isEqualTo(new TrustedProxies.Client("10.0.0.2", true));
    }

    @Test
    void hostNamesAreNeverAddresses() {
        assertThat(TrustedProxies.parseAddress("localhost")).isEmpty();
        assertThat(TrustedProxies.parseAddress("127.0.0.1")).isPresent();
        assertThat(TrustedProxies.parseAddress("[::1]")).isPresent();
    }
}
