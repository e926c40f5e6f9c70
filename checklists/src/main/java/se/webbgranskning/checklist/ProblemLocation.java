package se.webbgranskning.checklist;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns a JSON pointer into the file ("/items/3/tip/why") into the words an author looks for:
 * "punkt A4, fält tip.why".
 */
final class ProblemLocation {

    private ProblemLocation() {
    }

    static ChecklistProblem at(JsonNode tree, JsonPointer pointer, String message) {
        String path = pointer.toString();
        String[] segments = path.isEmpty() ? new String[0] : path.substring(1).split("/");
        if (segments.length >= 2 && (segments[0].equals("items") || segments[0].equals("areas")) && isIndex(segments[1])) {
            JsonNode element = tree.path(segments[0]).path(Integer.parseInt(segments[1]));
            String id = element.path("id").asText("");
            String name = id.isBlank() ? "nr " + (Integer.parseInt(segments[1]) + 1) : id;
            String field = join(segments, 2);
            return segments[0].equals("items")
                    ? ChecklistProblem.item(name, field, message)
                    : ChecklistProblem.area(name, field, message);
        }
        return ChecklistProblem.edition(join(segments, 0), message);
    }

    private static String join(String[] segments, int from) {
        StringBuilder field = new StringBuilder();
        for (int i = from; i < segments.length; i++) {
            if (isIndex(segments[i])) {
                field.append('[').append(segments[i]).append(']');
            } else {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(segments[i].replace("~1", "/").replace("~0", "~"));
            }
        }
        return field.toString();
    }

    private static boolean isIndex(String segment) {
        return !segment.isEmpty() && segment.chars().allMatch(Character::isDigit);
    }
}
