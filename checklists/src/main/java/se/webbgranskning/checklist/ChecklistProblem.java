package se.webbgranskning.checklist;

/**
 * One thing wrong with a checklist file: where (the edition, an area, an item), which field, and what.
 * {@link #describe()} gives the Swedish line shown to the user.
 */
public record ChecklistProblem(String where, String field, String message) {

    static ChecklistProblem edition(String field, String message) {
        return new ChecklistProblem("", field, message);
    }

    static ChecklistProblem area(String areaId, String field, String message) {
        return new ChecklistProblem("område " + areaId, field, message);
    }

    static ChecklistProblem item(String itemId, String field, String message) {
        return new ChecklistProblem("punkt " + itemId, field, message);
    }

    public String describe() {
        StringBuilder text = new StringBuilder(where);
        if (!field.isEmpty()) {
            text.append(where.isEmpty() ? "" : ", ").append("fält ").append(field);
        }
        return text.append(text.length() == 0 ? "" : ": ").append(message).toString();
    }
}
