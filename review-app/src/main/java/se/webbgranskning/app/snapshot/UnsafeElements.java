package se.webbgranskning.app.snapshot;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/** Removes the elements that run code, embed other documents, load resources or redirect, with their content. */
final class UnsafeElements {

    /**
     * Scripts and their fallbacks; everything that embeds another document; {@code <base>} (it would redirect
     * every relative URL); every {@code <link>} (stylesheets were not archived, and preload, prefetch,
     * dns-prefetch and icons would contact the live site); every {@code http-equiv} meta (refresh, set-cookie,
     * a content-type with the original charset, which would contradict our UTF-8 output); templates and portals;
     * and SVG animation elements, which can set an {@code href} after we have checked it. {@code noembed} and
     * {@code noframes} are never displayed by browsers and are parsed as raw text, so they go as well.
     */
    private static final String REMOVED = "script, noscript, iframe, frame, frameset, object, embed, applet, param,"
            + " base, link, portal, template, noembed, noframes, meta[http-equiv],"
            + " set, animate, animatemotion, animatetransform, animatecolor";

    private UnsafeElements() {
    }

    static void remove(Document doc) {
        doc.select(REMOVED).remove();
        removeRiskyStyleElements(doc);
        // Comments are inert in today's browsers, but old IE read conditional comments as markup; nothing of
        // value to a reviewer is lost by dropping them
        doc.nodeStream(Comment.class).toList().forEach(Node::remove);
    }

    /**
     * A style element that loads something is dropped whole rather than edited: without a CSS parser one rule
     * cannot be cut out reliably, and the page's external stylesheets are gone anyway, so the page already shows
     * with little of its styling. Style elements without URLs, typically layout for the content, are kept.
     */
    private static void removeRiskyStyleElements(Document doc) {
        for (Element style : doc.select("style")) {
            // html() also shows child elements, which jsoup creates for markup inside an SVG style element
            if (CssRisk.isRisky(style.html())) {
                style.remove();
            }
        }
    }
}
