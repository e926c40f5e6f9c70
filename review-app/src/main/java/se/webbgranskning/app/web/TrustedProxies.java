package se.webbgranskning.app.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import se.webbgranskning.crawl.net.Hosts;

/**
 * The reverse proxies whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} headers are believed (setting
 * {@code proxy.trusted}). Anyone can send these headers, so they count only on a connection that comes from one
 * of these addresses; with none configured they are ignored.
 */
public final class TrustedProxies {

    private final Set<InetAddress> addresses;

    private TrustedProxies(Set<InetAddress> addresses) {
        this.addresses = addresses;
    }

    public static TrustedProxies none() {
        return new TrustedProxies(Set.of());
    }

    /** From IP address literals (already checked by the configuration). */
    public static TrustedProxies of(List<String> literals) {
        return new TrustedProxies(literals.stream().map(literal -> parseAddress(literal).orElseThrow(
                () -> new IllegalArgumentException("not an IP address: " + literal))).collect(Collectors.toSet()));
    }

    /** An IP address literal, never looked up in DNS; empty if it is not one. */
    public static Optional<InetAddress> parseAddress(String literal) {
        String bare = literal.strip();
        if (!Hosts.isAddressLiteral(bare)) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(bare));
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
    }

    public boolean isEmpty() {
        return addresses.isEmpty();
    }

    public boolean trusts(String address) {
        return !addresses.isEmpty() && parseAddress(address).map(addresses::contains).orElse(false);
    }

    /**
     * The client behind the connection: with a trusted peer, the right-most address of {@code X-Forwarded-For}
     * that is not itself a trusted proxy (what the nearest proxy saw; entries to its left are the client's own
     * claims, and could be forged), and whether the browser used HTTPS per {@code X-Forwarded-Proto}. Otherwise
     * the peer itself, and HTTPS only if the connection is.
     */
    public Client client(String peerAddress, boolean connectionSecure, String forwardedFor, String forwardedProto) {
        if (!trusts(peerAddress)) {
            return new Client(peerAddress, connectionSecure);
        }
        String address = peerAddress;
        if (forwardedFor != null) {
            List<String> hops = new ArrayList<>();
            for (String hop : forwardedFor.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
            for (int i = hops.size() - 1; i >= 0; i--) {
                String hop = hops.get(i);
                if (parseAddress(hop).isEmpty()) {
                    break; // garbage: believe nothing further left
                }
                address = hop;
                if (!trusts(hop)) {
                    break;
                }
            }
        }
        boolean https = forwardedProto == null ? connectionSecure
                : forwardedProto.split(",")[0].strip().equalsIgnoreCase("https");
        return new Client(address, https);
    }

    /** Who the request is from and whether the browser reached us over HTTPS. */
    public record Client(String address, boolean https) {
    }
}
