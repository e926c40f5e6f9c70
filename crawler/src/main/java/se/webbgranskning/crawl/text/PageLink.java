package se.webbgranskning.crawl.text;

import java.net.URI;

/**
 * A link found on a page.
 *
 * @param url    absolute http(s) URL, fragment removed, query kept
 * @param text   visible anchor text, or when there is none the image alt text, aria-label or title; may be empty
 * @param source the element the link came from (the first one, if the URL occurs several times)
 */
public record PageLink(URI url, String text, LinkSource source) {
}
