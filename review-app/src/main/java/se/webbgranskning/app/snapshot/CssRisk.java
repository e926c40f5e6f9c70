package se.webbgranskning.app.snapshot;

import java.util.regex.Pattern;

/**
 * Whether CSS could make the browser fetch something or run code. Without a CSS parser we cannot remove one rule
 * reliably, so callers drop the whole style attribute or style element that matches.
 */
final class CssRisk {

    /**
     * Functions and rules that load a resource: {@code url()} other than a same-document {@code url(#id)} (SVG
     * gradients and filters use those), {@code image-set()}, {@code image()}, {@code src()}, {@code @import}.
     * A comment cannot hide one: a comment inside {@code url(} splits the token, so CSS no longer reads a URL.
     */
    private static final String LOADS = "url\\s*\\(\\s*(?!['\"]?\\s*#)|image-set\\s*\\(|image\\s*\\(|src\\s*\\("
            + "|@import";

    private static final Pattern LOADS_RESOURCE = Pattern.compile("(?i)" + LOADS);

    /**
     * Loading, plus old script hooks (IE expressions and behaviours, Firefox bindings), any backslash (a CSS
     * escape can spell {@code url(} without those letters) and {@code <} (markup hidden in a style element,
     * which a browser's re-parse could turn into elements).
     */
    private static final Pattern RISKY = Pattern.compile("(?i)" + LOADS
            + "|expression\\s*\\(|behavior\\s*:|-moz-binding|\\\\|<");

    private CssRisk() {
    }

    /** For style attributes and style elements. */
    static boolean isRisky(String css) {
        return RISKY.matcher(css).find();
    }

    /** For SVG presentation attributes such as {@code fill} or {@code mask}, which take CSS values. */
    static boolean loadsResource(String value) {
        return LOADS_RESOURCE.matcher(value).find();
    }
}
