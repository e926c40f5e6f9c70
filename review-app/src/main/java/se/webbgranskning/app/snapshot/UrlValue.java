package se.webbgranskning.app.snapshot;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.webbgranskning.crawl.text.HttpUrls;

/** What a URL-valued attribute means once cleaned the way browsers clean it before parsing. */
final class UrlValue {

    /** How a link value is treated. */
    enum Kind {
        /** {@code #section}: stays inside the page. */
        FRAGMENT,
        /** {@code mailto:} or {@code tel:}: kept, it opens a local program and contacts no web server. */
        MAIL_OR_PHONE,
        /** http(s) or relative: resolved and looked up in the archive. */
        WEB,
        /** Any other scheme (javascript:, data:, vbscript:, file: …): removed. */
        OTHER_SCHEME
    }

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.\\-]*):");
    private static final Pattern SCRIPT_SCHEME = Pattern.compile("(?i)^(javascript|vbscript|livescript):");
    private static final Pattern WEB_SCHEMES = Pattern.compile("(?i)https?|wss?|ftp");
    private static final Pattern WITH_HOST = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.\\-]*:)?[/\\\\]{2}");
    /** Browsers drop tabs and line breaks anywhere in a URL, which is how {@code jav&#x09;ascript:} works. */
    private static final Pattern TAB_OR_NEWLINE = Pattern.compile("[\\t\\n\\r]");

    private UrlValue() {
    }

    /** The value as a browser's URL parser sees it: no leading or trailing controls or spaces, no tabs or newlines. */
    static String cleaned(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && raw.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && raw.charAt(end - 1) <= ' ') {
            end--;
        }
        return TAB_OR_NEWLINE.matcher(raw.substring(start, end)).replaceAll("");
    }

    static Kind kindOf(String raw) {
        String value = cleaned(raw);
        if (value.startsWith("#")) {
            return Kind.FRAGMENT;
        }
        Matcher scheme = SCHEME.matcher(value);
        if (!scheme.find()) {
            return Kind.WEB;
        }
        return switch (scheme.group(1).toLowerCase(Locale.ROOT)) {
            case "http", "https" -> Kind.WEB;
            case "mailto", "tel" -> Kind.MAIL_OR_PHONE;
            default -> Kind.OTHER_SCHEME;
        };
    }

    static boolean hasScriptScheme(String raw) {
        return SCRIPT_SCHEME.matcher(cleaned(raw)).find();
    }

    /**
     * Whether a value names another server: {@code //host…} and {@code scheme://…} (with the backslashes browsers
     * accept for slashes), and any web scheme, since browsers read {@code https:/host} and {@code https:host}
     * as {@code https://host}.
     */
    static boolean pointsElsewhere(String raw) {
        String value = cleaned(raw);
        if (WITH_HOST.matcher(value).find()) {
            return true;
        }
        Matcher scheme = SCHEME.matcher(value);
        return scheme.find() && WEB_SCHEMES.matcher(scheme.group(1)).matches();
    }

    /** An absolute URL from jsoup's resolution, reduced to the form the archive is keyed by (the crawler's). */
    static Optional<Resolved> resolved(String absolute) {
        int hash = absolute.indexOf('#');
        String fragment = hash >= 0 ? absolute.substring(hash) : "";
        return HttpUrls.toHttpUri(absolute).map(uri -> new Resolved(uri.toString(), fragment));
    }

    /** An http(s) URL without its fragment, and the fragment ({@code #…} or empty) to carry over. */
    record Resolved(String url, String fragment) {
    }
}
