package se.webbgranskning.crawl.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * A host resolved to an address the crawler may not connect to. An {@link UnknownHostException} so that the HTTP
 * client gives up on the host at once instead of trying its other addresses.
 */
public final class AddressRefusedException extends UnknownHostException {

    public AddressRefusedException(String host, InetAddress address, String reason) {
        super(host + " pekar på " + address.getHostAddress() + " (" + reason + "), som inte får hämtas"
                + " utan --allow-local");
    }
}
