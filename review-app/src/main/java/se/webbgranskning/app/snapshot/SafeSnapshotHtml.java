package se.webbgranskning.app.snapshot;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns an archived HTML page into a document that is safe to show inside {@code <iframe sandbox>} and that
 * never makes the browser contact the live site.
 *
 * <p>The real barrier is the browser: the page must be served with {@link #CONTENT_SECURITY_POLICY} and framed
 * by an {@code <iframe sandbox="allow-top-navigation-by-user-activation">} (no other token), so scripts cannot
 * run and the frame gets an opaque
 * origin. Rewriting the markup is the second layer: it removes what would run or fetch if either were missing,
 * and it turns links and images into links to our archived copies, or removes them, so that a reviewer looking
 * at a snapshot never sends a request to the municipality's server.
 *
 * <p>We walk the DOM ourselves instead of using jsoup's {@code Cleaner} with a {@code Safelist}: the Cleaner
 * keeps only the body (so the title and the page's own inline styles would go), drops every tag it does not
 * know while keeping its text (SVG icons and unknown elements would turn into stray text), cannot rename a
 * form into a div, and can only accept or reject a URL, not replace it with the address of our archived copy.
 * The walk removes a fixed list of dangerous elements and attributes and, as a catch-all, any other attribute
 * that holds an absolute URL, so an attribute that browsers start to fetch in the future is covered too.
 */
public final class SafeSnapshotHtml {

    /**
     * The Content-Security-Policy header value for a served snapshot: {@code sandbox} (no scripts, no forms, no
     * popups, opaque origin) whose one token lets a user's click on a rewritten link open that archived page in
     * the app's review screen (never a live URL: every link left in the page points into the app), nothing loaded from elsewhere, images
     * only from the app and data: URIs, and inline styles allowed because the page's own layout lives there.
     */
    public static final String CONTENT_SECURITY_POLICY = "sandbox allow-top-navigation-by-user-activation; default-src 'none'; img-src 'self' data:;"
            + " style-src 'self' 'unsafe-inline'; font-src 'self'; form-action 'none'; base-uri 'none'";

    private SafeSnapshotHtml() {
    }

    /**
     * Makes an archived page safe to show.
     *
     * @param html         the archived page, decoded with the charset the crawler recorded
     * @param pageUrl      the URL the page was fetched from; relative links resolve against it (or against the
     *                     page's {@code <base href>}, as the crawler resolved them, so that archived copies are
     *                     found under the URLs they were stored under)
     * @param archivedCopy maps an absolute http(s) URL (no fragment; spaces and similar characters
     *                     percent-encoded, as the crawler's link extraction produces them) to the app-local path
     *                     that shows its archived copy, e.g. {@code /granskning/7?sida=123}, or empty if it was
     *                     not archived; it must return a path starting with a single {@code /}
     * @return a complete HTML document, to be sent as {@code text/html; charset=utf-8}
     * @throws IllegalArgumentException if {@code archivedCopy} returns something other than an app-local path
     */
    public static String render(String html, String pageUrl, Function<String, Optional<String>> archivedCopy) {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(pageUrl, "pageUrl");
        Objects.requireNonNull(archivedCopy, "archivedCopy");
        Document doc = Jsoup.parse(html, pageUrl);
        UnsafeElements.remove(doc);
        FormControls.disable(doc);
        UnsafeAttributes.remove(doc);
        new ArchiveLinks(archivedCopy).rewrite(doc);
        SnapshotHead.complete(doc);
        // No pretty-printing: added whitespace can change how inline content renders, and a snapshot is evidence
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false)
                .syntax(Document.OutputSettings.Syntax.html);
        return doc.outerHtml();
    }
}
