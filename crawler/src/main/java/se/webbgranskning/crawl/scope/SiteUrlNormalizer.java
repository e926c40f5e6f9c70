package se.webbgranskning.crawl.scope;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.util.List;
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

    @Override
    public String filter(String url) {
        return url == null ? null : super.filter(SESSION_PATH_PARAMETER.matcher(url).replaceAll(""));
    }
}
