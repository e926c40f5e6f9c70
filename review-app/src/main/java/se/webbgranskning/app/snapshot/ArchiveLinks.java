package se.webbgranskning.app.snapshot;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Points links and media at our archived copies, or removes their URLs: after this, no link or image in the
 * page leads to the live site. A link that was not archived keeps its text and is marked, so a reviewer sees
 * that it exists and why it does not work.
 */
final class ArchiveLinks {

    static final String NOT_ARCHIVED_CLASS = "wg-not-archived";
    static final String NOT_ARCHIVED_TITLE = "Sidan finns inte i ögonblicksbilden";

    /** A path on our own server: one leading slash, and nothing a browser would strip or read as a second one. */
    private static final Pattern APP_PATH = Pattern.compile("^/(?![/\\\\])[^\\s#\\x00-\\x1f\\x7f]*$");

    private static final String MEDIA = "img[src], source[src], video[src], audio[src], track[src], input[src]";

    private final Function<String, Optional<String>> archivedCopy;

    ArchiveLinks(Function<String, Optional<String>> archivedCopy) {
        this.archivedCopy = archivedCopy;
    }

    void rewrite(Document doc) {
        for (Element link : doc.select("a[href], area[href]")) {
            rewriteLink(link);
        }
        for (Element media : doc.select(MEDIA)) {
            rewriteMedia(media);
        }
    }

    private void rewriteLink(Element link) {
        String href = link.attr("href");
        switch (UrlValue.kindOf(href)) {
            case FRAGMENT, MAIL_OR_PHONE -> link.attr("href", UrlValue.cleaned(href));
            case OTHER_SCHEME -> link.removeAttr("href");
            // The frame may navigate the app (top) on a click, and nothing else: a click on an archived link
            // opens that page in the review screen, where its text can be cited.
            case WEB -> localCopy(link, "href").ifPresentOrElse(local -> link.attr("href", local).attr("target", "_top"), () -> {
                link.removeAttr("href");
                link.attr("title", NOT_ARCHIVED_TITLE);
                link.addClass(NOT_ARCHIVED_CLASS);
            });
        }
    }

    private void rewriteMedia(Element media) {
        String src = media.attr("src");
        boolean inlineImage = media.normalName().equals("img")
                && UrlValue.cleaned(src).regionMatches(true, 0, "data:image/", 0, "data:image/".length());
        if (inlineImage) {
            // Contacts no one and the CSP allows it for images; pages use these for small icons
            return;
        }
        // The crawler archives pages and PDFs, not images or media: their live URLs are removed (alt text stays).
        media.removeAttr("src");
    }

    /**
     * The app-local URL of an element's archived target, with the original fragment. Resolution is jsoup's, as
     * in the crawler, so a page's {@code <base href>} is honoured (it was removed from the output, but the crawler
     * stored the links it produced); the result is only a key into the archive, never a URL the browser gets.
     */
    private Optional<String> localCopy(Element element, String attribute) {
        element.attr(attribute, UrlValue.cleaned(element.attr(attribute)));
        return UrlValue.resolved(element.absUrl(attribute))
                .flatMap(target -> archivedCopy.apply(target.url()).map(local -> appLocal(local) + target.fragment()));
    }

    /** A guard against a lookup that hands back a live URL, which would defeat the whole rewrite. */
    private static String appLocal(String local) {
        if (!APP_PATH.matcher(local).matches()) {
            throw new IllegalArgumentException("archivedCopy must return an app-local path, got: " + local);
        }
        return local;
    }
}
