package se.webbgranskning.crawl.net;

import java.net.URI;
import java.util.regex.Pattern;

/** Facts about a URL's host that scope, politeness and the resolver must all judge alike. */
public final class Hosts {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private Hosts() {
    }

    /** Whether a host is an IP address (IPv6 with or without brackets), which is parsed, never looked up. */
    public static boolean isAddressLiteral(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return bare.contains(":") || IPV4.matcher(bare).matches();
    }

    /** The port a URL connects to: its own, else the scheme's default. */
    public static int effectivePort(URI url) {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }
}
