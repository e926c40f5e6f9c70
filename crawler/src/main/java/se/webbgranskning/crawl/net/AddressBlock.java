package se.webbgranskning.crawl.net;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** A CIDR block such as 100.64.0.0/10, with the name used when it stops a connection. */
record AddressBlock(byte[] network, int prefixLength, String name) {

    static AddressBlock parse(String cidr, String name) {
        int slash = cidr.indexOf('/');
        try {
            byte[] network = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
            int prefix = Integer.parseInt(cidr.substring(slash + 1));
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("prefix out of range in " + cidr);
            }
            return new AddressBlock(network, prefix, name);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not a literal address block: " + cidr, e);
        }
    }

    boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int fullBytes = prefixLength / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int remainingBits = prefixLength % 8;
        if (remainingBits == 0) {
            return true;
        }
        int mask = (0xFF << (8 - remainingBits)) & 0xFF;
        return (address[fullBytes] & mask) == (network[fullBytes] & mask);
    }
}
