package se.webbgranskning.crawl.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes what every page of a site repeats, or what a visitor never reads as content, so that the main text of
 * a page is about that page. The rules are generic (landmarks, ARIA roles, widely used class names), not tuned
 * to one CMS; they work on a copy of the document because links are taken from the whole page.
 *
 * <p>Forms are deliberately kept: ASP.NET WebForms sites (older EPiServer) wrap the whole page in one
 * {@code <form>}. Only their controls are dropped.
 */
final class BoilerplateRemover {

    /** Never content, or never readable as text. */
    private static final String NEVER_TEXT = "script, style, noscript, template, svg, canvas, iframe, object, "
            + "embed, input, select, textarea, button, option, [hidden], [aria-hidden=true], "
            + "[style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]";

    /** Site navigation and page furniture, wherever it is. */
    private static final String FURNITURE = "nav, aside, [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=search], [role=complementary], dialog, [aria-label~=(?i)brödsmul|breadcrumb]";

    /** Page header and footer, unless they belong to the content (an article's header holds its h1). */
    private static final String PAGE_HEADER_FOOTER = "header, footer";
    private static final String CONTENT_CONTAINERS = "main, article, [role=main]";

    /**
     * Words in an id or class that mark menus, sidebars, cookie banners, skip links, breadcrumbs, share and
     * read-aloud widgets in Sitevision (sv-menu-portlet, sv-breadcrumbs-portlet), EPiServer/Optimizely, WordPress
     * (widget-area, sharedaddy) and Drupal themes and in common consent tools (Cookiebot, OneTrust, Complianz).
     */
    private static final Pattern WIDGET_NAME = Pattern.compile(
            "(^|[-_])(menu|meny|nav|navbar|navigation|sidebar|widget-area)($|[-_])|cookie|consent|gdpr|onetrust|cookiebot|cmplz|skip-?(link|nav|to)|skiplink|hoppa|breadcrumb|"
                    + "brodsmul|brödsmul|crumbs|(^|[-_])shar(e|ing)($|[-_])|social-?(media|links|icons)|addthis|"
                    + "sharethis|readspeaker|rs_skip|lyssna|print-?page|sr-only|visually-?hidden|screen-reader");

    /** Skip links without a telling class: "Till innehåll", "Hoppa till huvudinnehåll", "Skip to content". */
    private static final Pattern SKIP_LINK_TEXT =
            Pattern.compile("(?iu)^(hoppa|gå direkt|gå till|till|skip)\\b.*(innehåll|content|huvudmeny|meny|sök)");

    private BoilerplateRemover() {
    }

    static void clean(Document doc) {
        doc.select(NEVER_TEXT).remove();
        removeUnlessContainsContent(doc.select(FURNITURE));
        for (Element element : doc.select(PAGE_HEADER_FOOTER)) {
            Element parent = element.parent();
            if (parent != null && parent.closest(CONTENT_CONTAINERS) == null) {
                removeUnlessContainsContent(List.of(element));
            }
        }
        removeUnlessContainsContent(
                doc.select("[id], [class]").stream().filter(BoilerplateRemover::namedAsWidget).toList());
        doc.select("a[href^=#]").stream()
                .filter(a -> SKIP_LINK_TEXT.matcher(a.text().strip()).find())
                .forEach(Element::remove);
    }

    private static boolean namedAsWidget(Element element) {
        String names = (element.id() + " " + element.className()).toLowerCase(Locale.ROOT);
        for (String name : names.split("\\s+")) {
            if (!name.isEmpty() && WIDGET_NAME.matcher(name).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A badly built page may put its main content inside a landmark or a div whose class happens to contain a
     * widget word (for example {@code <body class="has-cookie-banner">} or a theme wrapper): removing it would
     * lose the page, so such elements stay.
     */
    private static void removeUnlessContainsContent(List<Element> elements) {
        for (Element element : elements) {
            if (element.parent() == null || element.is("html, body") || element.is(CONTENT_CONTAINERS)) {
                continue;
            }
            if (element.selectFirst(CONTENT_CONTAINERS) == null) {
                element.remove();
            }
        }
    }
}
