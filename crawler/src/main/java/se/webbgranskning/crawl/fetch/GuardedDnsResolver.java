package se.webbgranskning.crawl.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;
import se.webbgranskning.crawl.net.AddressPolicy;
import se.webbgranskning.crawl.net.Hosts;
import se.webbgranskning.crawl.net.HostResolver;

/**
 * The HTTP client's only way to turn a host into addresses, so the {@link AddressPolicy} is checked at every
 * connect: pages, redirect targets and robots.txt alike. If any address of a name is refused, the name is refused
 * (a name that mixes public and private addresses is a rebinding trick), and the client connects only to the
 * addresses checked here.
 */
final class GuardedDnsResolver implements DnsResolver {

    private final HostResolver resolver;
    private final AddressPolicy policy;

    GuardedDnsResolver(HostResolver resolver, AddressPolicy policy) {
        this.resolver = resolver;
        this.policy = policy;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        List<InetAddress> addresses = Hosts.isAddressLiteral(host)
                ? List.of(InetAddress.getByName(host))
                : resolver.resolve(host);
        if (addresses.isEmpty()) {
            throw new UnknownHostException(host);
        }
        for (InetAddress address : addresses) {
            var refusal = policy.refusal(address);
            if (refusal.isPresent()) {
                throw new AddressRefusedException(host, address, refusal.get());
            }
        }
        return addresses.toArray(InetAddress[]::new);
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }
}
