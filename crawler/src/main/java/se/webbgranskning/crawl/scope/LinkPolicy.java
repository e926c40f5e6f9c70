package se.webbgranskning.crawl.scope;

import java.net.URI;
import java.util.Optional;

/**
 * Decides which links of a municipality's site the crawler follows, from the {@link ScopeRules}: it finds the
 * home-care section through signposts (omsorg, stöd …) and, failing those, through any link of the start page's
 * menus; keeps the pages about home care and elder care, and from those also the PDFs, e-services and service
 * pages (fees, applications, complaints, easy-to-read, languages, accessibility) they link to. Links off the
 * municipality's domain are never followed. Priorities make the section come first when a budget is tight.
 */
public final class LinkPolicy {

    private final ScopeRules rules;
    private final SiteScope scope;

    public LinkPolicy(ScopeRules rules, SiteScope scope) {
        this.rules = rules;
        this.scope = scope;
    }

    /** Whether a page (by its URL, title and text) is about the subject of the review. */
    public boolean isRelevantPage(URI url, String title, String mainText) {
        if (rules.topic().matches(pathOf(url)) || rules.topic().matches(title)) {
            return true;
        }
        return rules.topic().count(mainText) >= 3;
    }

    /**
     * Whether to follow {@code link} with {@code text} found on a page, and how urgently.
     *
     * @param from             the page it was found on
     * @param fromRelevantPage whether the page it was found on is about home care
     * @param fromStartPage    whether it was found on the start page
     */
    public Optional<LinkPriority> decide(URI link, String text, URI from, boolean fromRelevantPage,
                                         boolean fromStartPage) {
        if (!scope.contains(link) || rules.isSkipped(pathOf(link), link.getRawQuery())) {
            return Optional.empty();
        }
        String path = pathOf(link);
        if (rules.topic().matches(text) || rules.topic().matches(path)) {
            return Optional.of(LinkPriority.TOPIC);
        }
        if (fromRelevantPage && (rules.isDocumentPath(path) || isOtherHost(link, from))) {
            return Optional.of(LinkPriority.TOPIC);
        }
        if ((fromRelevantPage || fromStartPage) && (rules.service().matches(text) || rules.service().matches(path))) {
            return Optional.of(LinkPriority.SERVICE);
        }
        if (rules.hub().matches(text) || rules.hub().matches(lastSegment(path))) {
            return Optional.of(LinkPriority.SIGNPOST);
        }
        if (fromStartPage) {
            return Optional.of(LinkPriority.EXPLORE);
        }
        return Optional.empty();
    }

    /** Whether a redirect target may be followed: only within the site and never to skipped URLs. */
    public boolean allowsRedirectTo(URI target) {
        return scope.contains(target) && !rules.isSkipped(pathOf(target), target.getRawQuery());
    }

    /** A link from a home-care page to another host of the same municipality is typically its e-service portal. */
    private static boolean isOtherHost(URI link, URI from) {
        return link.getHost() != null && !link.getHost().equalsIgnoreCase(from.getHost());
    }

    /**
     * Signposts are judged by the link's own segment: below /omsorg-och-stod/ lie pages about everything the
     * social services do, and only the topic terms make those worth fetching.
     */
    private static String lastSegment(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private static String pathOf(URI url) {
        String path = url.getPath();
        return path == null ? "" : path;
    }
}
