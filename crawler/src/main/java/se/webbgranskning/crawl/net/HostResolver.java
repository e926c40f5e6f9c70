package se.webbgranskning.crawl.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into addresses. The crawler asks this, then checks every address against the
 * {@link AddressPolicy} before it connects. Production uses the system resolver; the fixture web and the demo
 * supply their own so that fictional host names (under {@code .test}, RFC 6761) reach 127.0.0.1 without DNS.
 */
@FunctionalInterface
public interface HostResolver {

    /** The addresses of {@code host}, never empty; an unknown host throws. */
    List<InetAddress> resolve(String host) throws UnknownHostException;

    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
