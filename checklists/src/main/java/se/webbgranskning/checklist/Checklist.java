package se.webbgranskning.checklist;

import java.util.List;
import java.util.Optional;

/**
 * One validated checklist edition: the scale, the weighted areas and their items.
 * Instances are only made by {@link ChecklistLoader}, so every one of them has passed validation.
 */
public record Checklist(String id, String title, int year, Scale scale, List<Area> areas, List<Item> items) {

    public Checklist {
        areas = List.copyOf(areas);
        items = List.copyOf(items);
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
