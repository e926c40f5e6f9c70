package se.webbgranskning.crawl.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {

    private static InetAddress literal(String address) throws UnknownHostException {
        return InetAddress.getByName(address); // literals only: no name lookup, no network
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "127.0.0.1", "127.255.255.254", "0.0.0.0", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
            "169.254.169.254", "100.64.0.1", "100.127.255.255", "224.0.0.1", "239.255.255.250", "255.255.255.255",
            "240.0.0.1", "192.0.2.10", "198.51.100.7", "203.0.113.9", "198.18.0.1", "192.0.0.8",
            "::1", "::", "fe80::1", "fc00::1", "fd00:ec2::254", "ff02::1", "2001:db8::1",
            "::ffff:127.0.0.1", "::ffff:169.254.169.254", "64:ff9b::a00:1", "2002:c0a8:0101::1"})
    void refusesEveryNonPublicAddress(String address) throws UnknownHostException {
        AddressPolicy policy = AddressPolicy.publicOnly();

        assertThat(policy.permits(literal(address))).as(address).isFalse();
        assertThat(policy.refusal(literal(address))).hasValueSatisfying(
                reason -> assertThat(reason).contains("är inte en publik adress"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "8.8.8.8", "193.183.76.10", "100.63.255.255", "100.128.0.0", "172.15.255.255", "172.32.0.0",
            "169.253.255.255", "2a00:1450:400f:80a::200e", "2001:4860:4860::8888", "::ffff:8.8.8.8", "64:ff9b::808:808"})
    void permitsPublicAddresses(String address) throws UnknownHostException {
        assertThat(AddressPolicy.publicOnly().permits(literal(address))).as(address).isTrue();
    }

    @Test
    void explainsWhyAnAddressIsRefused() throws UnknownHostException {
        assertThat(AddressPolicy.publicOnly().refusal(literal("169.254.169.254")))
                .contains("169.254.169.254 är inte en publik adress (länklokal adress (bl.a. molntjänsters metadata))");
        assertThat(AddressPolicy.publicOnly().refusal(literal("100.64.0.1"))).hasValueSatisfying(
                reason -> assertThat(reason).contains("CGNAT"));
    }

    @Test
    void allowingLocalPermitsLoopbackForTestsAndTheDemo() throws UnknownHostException {
        AddressPolicy policy = AddressPolicy.allowingLocal();

        assertThat(policy.allowsLocal()).isTrue();
        assertThat(policy.permits(literal("127.0.0.1"))).isTrue();
        assertThat(policy.permits(literal("::1"))).isTrue();
        assertThat(policy.permits(literal("::ffff:127.0.0.1"))).isTrue();
        assertThat(AddressPolicy.publicOnly().allowsLocal()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.5", "192.168.1.1", "169.254.169.254", "100.64.0.1", "224.0.0.1", "fd00:ec2::254",
            "fe80::1", "::ffff:10.0.0.1", "0.0.0.0"})
    void allowingLocalStillRefusesEverythingButLoopback(String address) throws UnknownHostException {
        assertThat(AddressPolicy.allowingLocal().permits(literal(address))).as(address).isFalse();
    }

    @Test
    void blocksAreParsedStrictly() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AddressBlock.parse("10.0.0.0/33", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
