package se.webbgranskning.crawl.scope;

/**
 * How urgently a link is fetched. The frontier serves higher values first, so with a page budget the home-care
 * pages are fetched before the signposts that might lead to more of them.
 */
public enum LinkPriority {
    /** Any other link of the start page: its menus may hide the section under a generic name ("Invånare"). */
    EXPLORE(0),
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
