package se.webbgranskning.app.precheck;

/** What a reviewer did with one of the pre-check's evidence passages. */
public enum PassageDecision {
    ACCEPTED("accepted", "använt som belägg"),
    DISMISSED("dismissed", "avvisat");

    private final String key;
    private final String swedish;

    PassageDecision(String key, String swedish) {
        this.key = key;
        this.swedish = swedish;
    }

    /** How the decision is stored. */
    public String key() {
        return key;
    }

    public String swedish() {
        return swedish;
    }

    static PassageDecision ofKey(String key) {
        for (PassageDecision decision : values()) {
            if (decision.key.equals(key)) {
                return decision;
            }
        }
        throw new IllegalArgumentException("unknown pre-check decision: " + key);
    }
}
