package se.webbgranskning.crawl;

/** A limit that cut a municipality's crawl short; recorded so that a thin snapshot is never mistaken for a thin site. */
public enum LimitKind {
    PAGE_BUDGET("pageBudget"),
    DEPTH("depth"),
    DOCUMENT_SIZE("documentSize"),
    TIME("time");

    private final String key;

    LimitKind(String key) {
        this.key = key;
    }

    /** The name used in reports and the database. */
    public String key() {
        return key;
    }
}
