package se.webbgranskning.crawl.scope;

import crawlercommons.filters.basic.BasicURLNormalizer;
import edu.uci.ics.crawler4j.url.UrlResolver;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * crawler-commons' URL normalisation plus what municipal CMSs need: Java servlet session ids in the path
 * ({@code ;jsessionid=…}, common on Sitevision) and tracking parameters in the query are removed, so that one page
 * is fetched once however it was linked.
 */
public final class SiteUrlNormalizer extends BasicURLNormalizer {

    private static final Pattern SESSION_PATH_PARAMETER = Pattern.compile("(?i);jsessionid=[^?#/]*");

    public SiteUrlNormalizer(List<String> queryParametersToRemove) {
        super(BasicURLNormalizer.newBuilder().queryParamsToRemove(queryParametersToRemove));
    }

    /**
     * Where a redirect's Location leads: resolved against the URL that answered and spelt as the frontier spells
     * URLs; empty if it is no usable URL.
     */
    public Optional<URI> redirectTarget(URI base, String location) {
        try {
            String normalized = filter(UrlResolver.resolveUrl(base.toString(), location.strip()));
            return normalized == null ? Optional.empty() : Optional.of(URI.create(normalized));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public String filter(String url) {
        return url == null ? null : super.filter(SESSION_PATH_PARAMETER.matcher(url).replaceAll(""));
    }
}
