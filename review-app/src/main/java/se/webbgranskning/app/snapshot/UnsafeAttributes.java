package se.webbgranskning.app.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes attributes that run code or make the browser fetch something. Link and media URLs that
 * {@link ArchiveLinks} rewrites are left for it; everything else that could load a resource goes.
 */
final class UnsafeAttributes {

    /**
     * URL attributes that load or send something (or, like {@code longdesc}, lead a click to the live site) and
     * that we do not rewrite: responsive image sources (the plain {@code src} is rewritten instead), pings and
     * Attribution Reporting requests, form targets, legacy image attributes, the appcache manifest, plugin code
     * bases, {@code xml:base} (it would change how SVG resolves URLs) and {@code target} (every remaining link
     * must open inside the sandboxed frame).
     */
    private static final Set<String> ALWAYS_REMOVED = Set.of("srcset", "imagesrcset", "ping", "attributionsrc",
            "formaction", "action", "background", "lowsrc", "dynsrc", "poster", "longdesc", "manifest", "codebase",
            "archive", "data", "icon", "xml:base", "target");

    /** Elements whose {@code href} {@link ArchiveLinks} rewrites; SVG {@code <a>} has the same name. */
    private static final Set<String> LINK_ELEMENTS = Set.of("a", "area");

    /** Elements whose {@code src} {@link ArchiveLinks} rewrites. */
    private static final Set<String> MEDIA_ELEMENTS = Set.of("img", "source", "video", "audio", "track", "input");

    /** Attributes shown as text, never loaded, which may legitimately quote an address. */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("alt", "title", "value", "placeholder", "content",
            "label", "summary", "abbr", "aria-label", "aria-description", "aria-placeholder", "aria-valuetext");

    private UnsafeAttributes() {
    }

    static void remove(Document doc) {
        for (Element element : doc.getAllElements()) {
            List<String> unsafe = new ArrayList<>();
            for (Attribute attribute : element.attributes()) {
                if (isUnsafe(element, attribute.getKey().toLowerCase(Locale.ROOT), attribute.getValue())) {
                    unsafe.add(attribute.getKey());
                }
            }
            unsafe.forEach(element::removeAttr);
        }
    }

    private static boolean isUnsafe(Element element, String name, String value) {
        if (name.startsWith("on") || ALWAYS_REMOVED.contains(name)) {
            return true;
        }
        if (name.equals("style")) {
            return CssRisk.isRisky(value);
        }
        boolean linkOrMedia = name.equals("href") && LINK_ELEMENTS.contains(element.normalName())
                || name.equals("src") && MEDIA_ELEMENTS.contains(element.normalName());
        if (linkOrMedia) {
            return false;
        }
        if (name.equals("href") || name.equals("xlink:href") || name.equals("src")) {
            // SVG sprites (<use href="#icon">) and gradients point inside the page; nothing else may stay
            return !isSvg(element) || UrlValue.kindOf(value) != UrlValue.Kind.FRAGMENT;
        }
        if (UrlValue.hasScriptScheme(value)) {
            return true;
        }
        if (name.startsWith("xmlns") || TEXT_ATTRIBUTES.contains(name)) {
            return false;
        }
        // Catch-all for URL attributes this class does not know by name, including ones browsers add later, and
        // for SVG presentation attributes (fill="url(…)", cursor, mask) that take CSS values
        return UrlValue.pointsElsewhere(value) || CssRisk.loadsResource(value);
    }

    private static boolean isSvg(Element element) {
        return "http://www.w3.org/2000/svg".equals(element.tag().namespace());
    }
}
