package se.webbgranskning.crawl.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Absolute link URLs in the one form the crawler keys pages by: characters browsers accept in hrefs but
 * {@link URI} refuses are escaped, the fragment is dropped. Whoever looks a link up in the archive (the
 * snapshot viewer) must use the same form, or archived pages would not be found.
 */
public final class HttpUrls {

    private static final Pattern NEEDS_ESCAPE = Pattern.compile("[ \"<>\\\\^`{|}]");

    private HttpUrls() {
    }

    /** Absolute http(s) URL without fragment, or empty for anything a crawler cannot fetch. */
    public static Optional<URI> toHttpUri(String absolute) {
        if (absolute.isEmpty()) {
            return Optional.empty();
        }
        int hash = absolute.indexOf('#');
        String withoutFragment = hash >= 0 ? absolute.substring(0, hash) : absolute;
        String escaped = NEEDS_ESCAPE.matcher(withoutFragment.strip())
                .replaceAll(m -> String.format(Locale.ROOT, "%%%02X", (int) m.group().charAt(0)));
        try {
            URI uri = new URI(escaped);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
