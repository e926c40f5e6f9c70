package se.webbgranskning.app.preview;

/** Where a preview is: crawling and checking, finished, or stopped by a fault. */
public enum PreviewStatus {
    RUNNING("running", "pågår"),
    DONE("done", "klar"),
    FAILED("failed", "misslyckades");

    private final String key;
    private final String swedish;

    PreviewStatus(String key, String swedish) {
        this.key = key;
        this.swedish = swedish;
    }

    public String key() {
        return key;
    }

    public String swedish() {
        return swedish;
    }

    static PreviewStatus ofKey(String key) {
        for (PreviewStatus status : values()) {
            if (status.key.equals(key)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown preview status: " + key);
    }
}
