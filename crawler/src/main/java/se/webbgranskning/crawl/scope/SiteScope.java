package se.webbgranskning.crawl.scope;

import crawlercommons.domains.EffectiveTldFinder;
import java.net.URI;
import java.util.Locale;
import se.webbgranskning.crawl.net.Hosts;

/**
 * Which hosts belong to a municipality's site: the start page's registered domain and all its subdomains
 * (www.kommun.se, kommun.se, etjanster.kommun.se …), any port. A start page on an IP address has no domain
 * hierarchy, so there only that address and port belong to the site.
 */
public final class SiteScope {

    private final String domain;
    private final boolean addressLiteral;
    private final int port;

    private SiteScope(String domain, boolean addressLiteral, int port) {
        this.domain = domain;
        this.addressLiteral = addressLiteral;
        this.port = port;
    }

    public static SiteScope of(URI startUrl) {
        String host = host(startUrl);
        if (Hosts.isAddressLiteral(host)) {
            return new SiteScope(host, true, Hosts.effectivePort(startUrl));
        }
        return new SiteScope(registeredDomain(host), false, -1);
    }

    /** The registered domain, e.g. "ekbacka.test" or "stockholm.se"; the address for an IP start page. */
    public String domain() {
        return domain;
    }

    public boolean contains(URI url) {
        String scheme = url.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return false;
        }
        String host = host(url);
        if (host.isEmpty()) {
            return false;
        }
        if (addressLiteral) {
            return host.equals(domain) && Hosts.effectivePort(url) == port;
        }
        return host.equals(domain) || host.endsWith("." + domain);
    }

    /**
     * The domain a registrar assigned, from the public suffix list; a name under a suffix the list does not know
     * (such as the {@code .test} names of the fixture web) keeps its last two labels.
     */
    static String registeredDomain(String host) {
        String assigned = EffectiveTldFinder.getAssignedDomain(host, true, true);
        if (assigned != null && !assigned.isEmpty()) {
            return assigned;
        }
        String[] labels = host.split("\\.");
        if (labels.length <= 2) {
            return host;
        }
        return labels[labels.length - 2] + "." + labels[labels.length - 1];
    }

    private static String host(URI url) {
        String host = url.getHost();
        if (host == null) {
            return "";
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

}
