package se.webbgranskning.app.results;

/** How far a municipality has come towards final scores in a round; only {@link #FINAL} is ranked. */
public enum OutcomeState {
    NOT_ASSIGNED("Ej tilldelad"),
    IN_REVIEW("Granskning pågår"),
    AWAITING_SECOND("Andra granskning pågår"),
    AWAITING_ADJUDICATION("Väntar på avgörande"),
    FINAL("Slutlig");

    private final String label;

    OutcomeState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String cssName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
