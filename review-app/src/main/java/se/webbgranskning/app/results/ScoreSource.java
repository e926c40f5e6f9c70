package se.webbgranskning.app.results;

/** Where a municipality's final score for an item comes from. */
public enum ScoreSource {
    SINGLE("single", "Enkel granskning"),
    AGREED("agreed", "Samstämmig"),
    ADJUDICATED("adjudicated", "Avgjord");

    private final String key;
    private final String label;

    ScoreSource(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The value written to export files. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }
}
