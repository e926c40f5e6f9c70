package se.webbgranskning.checklist;

import java.util.List;
import java.util.Optional;

/**
 * One validated checklist edition: the scale, the weighted areas and their items, and the topic the pre-check
 * searches. Instances are made by {@link ChecklistLoader}, so every one of them has passed validation, or derived
 * from such an edition.
 */
public record Checklist(String id, String title, int year, Scale scale, List<Area> areas, List<Item> items,
                        PrecheckTopic precheckTopic) {

    public Checklist {
        areas = List.copyOf(areas);
        items = List.copyOf(items);
    }

    /** An edition without a pre-check topic (scoring never needs one). */
    public Checklist(String id, String title, int year, Scale scale, List<Area> areas, List<Item> items) {
        this(id, title, year, scale, areas, items, PrecheckTopic.NONE);
    }

    public Optional<Item> item(String itemId) {
        return items.stream().filter(item -> item.id().equals(itemId)).findFirst();
    }

    public Optional<Area> area(String areaId) {
        return areas.stream().filter(area -> area.id().equals(areaId)).findFirst();
    }

    public List<Item> itemsOf(Area area) {
        return items.stream().filter(item -> item.areaId().equals(area.id())).toList();
    }
}
