package se.webbgranskning.crawl.precheck;

/** What the pre-check suggests for an item; the reviewer decides. Maps onto the scale's 2, 1 and 0. */
public enum Verdict {
    LIKELY_PRESENT("troligen uppfyllt"),
    PARTLY("delvis"),
    NOT_FOUND("hittades inte");

    private final String swedish;

    Verdict(String swedish) {
        this.swedish = swedish;
    }

    /** How the verdict is shown to reviewers and municipalities. */
    public String swedish() {
        return swedish;
    }
}
