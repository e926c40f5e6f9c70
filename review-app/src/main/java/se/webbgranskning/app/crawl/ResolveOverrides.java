package se.webbgranskning.app.crawl;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.webbgranskning.app.cli.CliFailure;
import se.webbgranskning.crawl.net.HostResolver;
import se.webbgranskning.crawl.net.Hosts;

/**
 * {@code --resolve NAME=ADDRESS} (as in curl): answers for chosen host names without DNS, so that a copy of a
 * site (the fixture web, a test server) can be crawled under its real names. {@code *.example.se} covers every
 * subdomain. Other names go to the system resolver. The address policy still applies to what comes back.
 */
final class ResolveOverrides {

    private ResolveOverrides() {
    }

    static HostResolver resolver(List<String> specs) {
        if (specs == null || specs.isEmpty()) {
            return HostResolver.system();
        }
        Map<String, InetAddress> exact = new LinkedHashMap<>();
        Map<String, InetAddress> suffixes = new LinkedHashMap<>();
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            if (eq <= 0 || eq == spec.length() - 1) {
                throw CliFailure.usage("--resolve väntar sig NAMN=ADRESS, t.ex. *.ekbacka.test=127.0.0.1: " + spec);
            }
            String name = spec.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            InetAddress address = literal(spec.substring(eq + 1).strip());
            if (name.startsWith("*.")) {
                suffixes.put(name.substring(1), address);
            } else {
                exact.put(name, address);
            }
        }
        HostResolver system = HostResolver.system();
        return host -> {
            String key = host.toLowerCase(Locale.ROOT);
            if (exact.containsKey(key)) {
                return List.of(exact.get(key));
            }
            for (Map.Entry<String, InetAddress> suffix : suffixes.entrySet()) {
                if (key.endsWith(suffix.getKey()) || key.equals(suffix.getKey().substring(1))) {
                    return List.of(suffix.getValue());
                }
            }
            return system.resolve(host);
        };
    }

    private static InetAddress literal(String address) {
        if (!Hosts.isAddressLiteral(address)) {
            throw CliFailure.usage("--resolve behöver en IP-adress efter '=', inte ett namn: " + address);
        }
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw CliFailure.usage("ogiltig IP-adress i --resolve: " + address);
        }
    }
}
