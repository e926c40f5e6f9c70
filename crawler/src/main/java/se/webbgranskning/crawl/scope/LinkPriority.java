package se.webbgranskning.crawl.scope;

/**
 * How urgently a link is fetched. The frontier serves higher values first, so with a page budget the home-care
 * pages are fetched before the signposts that might lead to more of them.
 */
public enum LinkPriority {
    SIGNPOST(1),
    SERVICE(2),
    TOPIC(3);

    private final byte frontierValue;

    LinkPriority(int frontierValue) {
        this.frontierValue = (byte) frontierValue;
    }

    public byte frontierValue() {
        return frontierValue;
    }
}
