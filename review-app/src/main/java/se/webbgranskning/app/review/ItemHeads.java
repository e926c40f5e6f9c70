package se.webbgranskning.app.review;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import se.webbgranskning.app.web.Prerendered;
import se.webbgranskning.app.web.Templates;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.checklist.Item;

/**
 * The unchanging part of each checklist item on the review screen (question and guidance), rendered once per
 * edition: editions never change, and escaping the same 31 questions and guidance texts for every request was a
 * large share of the screen's cost. Rendered by jte (so escaped like everything else) and then reused as is.
 */
public final class ItemHeads {

    private final Templates templates;
    private final Map<String, Map<String, Prerendered>> byEdition = new ConcurrentHashMap<>();

    public ItemHeads(Templates templates) {
        this.templates = templates;
    }

    /** Item id → the HTML of its question and guidance. */
    public Map<String, Prerendered> of(Checklist checklist) {
        return byEdition.computeIfAbsent(checklist.id(), id -> render(checklist));
    }

    private Map<String, Prerendered> render(Checklist checklist) {
        Map<String, Prerendered> heads = new LinkedHashMap<>();
        for (Item item : checklist.items()) {
            heads.put(item.id(), new Prerendered(templates.render("review/item_head.jte",
                    Map.of("item", item, "scale", checklist.scale()))));
        }
        return Map.copyOf(heads);
    }
}
