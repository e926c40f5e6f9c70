package se.webbgranskning.crawl.text;

/** Where a link was found. Only links a crawler would follow to another page; no scripts, styles or images. */
public enum LinkSource {
    A_HREF, AREA, IFRAME, FRAME, LINK_ALTERNATE
}
