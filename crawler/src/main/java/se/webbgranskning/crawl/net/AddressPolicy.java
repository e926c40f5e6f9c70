package se.webbgranskning.crawl.net;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses the crawler may connect to. By default only public ones: a municipality's site (or a preview
 * URL a user typed) must never make us reach loopback, private networks, link-local or cloud metadata services,
 * carrier-grade NAT, multicast or reserved space. IPv6 forms that embed an IPv4 address (mapped, NAT64, 6to4)
 * are judged by that IPv4 address, so they cannot be used to sneak past the IPv4 rules.
 * Tests, the demo and benchmarks use {@link #allowingLocal()} to crawl 127.0.0.1: it lets loopback through and
 * nothing else, so that even then a link or redirect cannot reach a private network or a metadata service.
 */
public final class AddressPolicy {

    private static final List<AddressBlock> NOT_PUBLIC = List.of(
            AddressBlock.parse("0.0.0.0/8", "\"denna\" nätverksadress"),
            AddressBlock.parse("10.0.0.0/8", "privat nätverk"),
            AddressBlock.parse("100.64.0.0/10", "operatörs-NAT (CGNAT)"),
            AddressBlock.parse("127.0.0.0/8", "loopback"),
            AddressBlock.parse("169.254.0.0/16", "länklokal adress (bl.a. molntjänsters metadata)"),
            AddressBlock.parse("172.16.0.0/12", "privat nätverk"),
            AddressBlock.parse("192.0.0.0/24", "reserverad för protokoll"),
            AddressBlock.parse("192.0.2.0/24", "dokumentationsadress"),
            AddressBlock.parse("192.88.99.0/24", "reserverad (6to4-relä)"),
            AddressBlock.parse("192.168.0.0/16", "privat nätverk"),
            AddressBlock.parse("198.18.0.0/15", "testnät"),
            AddressBlock.parse("198.51.100.0/24", "dokumentationsadress"),
            AddressBlock.parse("203.0.113.0/24", "dokumentationsadress"),
            AddressBlock.parse("224.0.0.0/4", "multicast"),
            AddressBlock.parse("240.0.0.0/4", "reserverad (inkl. broadcast)"),
            AddressBlock.parse("::/128", "ospecificerad adress"),
            AddressBlock.parse("::1/128", "loopback"),
            AddressBlock.parse("100::/64", "kasseringsadress"),
            AddressBlock.parse("2001:db8::/32", "dokumentationsadress"),
            AddressBlock.parse("fc00::/7", "privat nätverk (unik lokal adress)"),
            AddressBlock.parse("fe80::/10", "länklokal adress"),
            AddressBlock.parse("fec0::/10", "platslokal adress"),
            AddressBlock.parse("ff00::/8", "multicast"));

    private static final List<AddressBlock> LOOPBACK = List.of(
            AddressBlock.parse("127.0.0.0/8", "loopback"),
            AddressBlock.parse("::1/128", "loopback"));

    private final boolean allowLocal;

    private AddressPolicy(boolean allowLocal) {
        this.allowLocal = allowLocal;
    }

    /** The default: public addresses only. */
    public static AddressPolicy publicOnly() {
        return new AddressPolicy(false);
    }

    /** Loopback (127.0.0.0/8, ::1) too; only for tests, the demo and benchmarks ({@code --allow-local}). */
    public static AddressPolicy allowingLocal() {
        return new AddressPolicy(true);
    }

    public boolean allowsLocal() {
        return allowLocal;
    }

    /** Why the address may not be contacted, in Swedish, or empty if it may. */
    public Optional<String> refusal(InetAddress address) {
        byte[] bytes = judgedBytes(address.getAddress());
        if (allowLocal && LOOPBACK.stream().anyMatch(block -> block.contains(bytes))) {
            return Optional.empty();
        }
        return NOT_PUBLIC.stream()
                .filter(block -> block.contains(bytes))
                .findFirst()
                .map(block -> address.getHostAddress() + " är inte en publik adress (" + block.name() + ")");
    }

    public boolean permits(InetAddress address) {
        return refusal(address).isEmpty();
    }

    /** The IPv4 address embedded in IPv4-mapped (::ffff:0:0/96), NAT64 (64:ff9b::/96) or 6to4 (2002::/16) form. */
    private static byte[] judgedBytes(byte[] address) {
        if (address.length != 16) {
            return address;
        }
        boolean mapped = allZero(address, 0, 10) && (address[10] & 0xFF) == 0xFF && (address[11] & 0xFF) == 0xFF;
        boolean nat64 = (address[0] & 0xFF) == 0x00 && (address[1] & 0xFF) == 0x64 && (address[2] & 0xFF) == 0xFF
                && (address[3] & 0xFF) == 0x9B && allZero(address, 4, 12);
        if (mapped || nat64) {
            return Arrays.copyOfRange(address, 12, 16);
        }
        if ((address[0] & 0xFF) == 0x20 && (address[1] & 0xFF) == 0x02) {
            return Arrays.copyOfRange(address, 2, 6);
        }
        return address;
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
