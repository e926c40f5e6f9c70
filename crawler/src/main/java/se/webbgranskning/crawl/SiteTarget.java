package se.webbgranskning.crawl;

import java.net.URI;
import java.util.Objects;

import se.webbgranskning.municipality.Municipality;

/** One municipality to crawl: its code, its name and the start page (its website's home page). */
public record SiteTarget(String code, String name, URI startUrl) {

    public SiteTarget {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(startUrl, "startUrl");
        if (!code.matches("\\d{4}")) {
            throw new IllegalArgumentException("kommunkoden måste ha fyra siffror: " + code);
        }
        String scheme = startUrl.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || startUrl.getHost() == null) {
            throw new IllegalArgumentException("startadressen måste vara en http- eller https-adress: " + startUrl);
        }
    }

    /** A registry municipality, crawled from its website. */
    public static SiteTarget of(Municipality municipality) {
        return new SiteTarget(municipality.code(), municipality.name(), municipality.website());
    }
}
