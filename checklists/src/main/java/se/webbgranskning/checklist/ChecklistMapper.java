package se.webbgranskning.checklist;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.webbgranskning.checklist.ChecklistFile.ItemFile;

/** Turns a validated checklist file into the model; only called after {@link ChecklistValidator} found nothing. */
final class ChecklistMapper {

    private ChecklistMapper() {
    }

    static Checklist toModel(ChecklistFile file) {
        Scale scale = new Scale(
                file.scale().levels().stream()
                        .map(level -> new ScaleLevel(level.value(), level.label().strip(), level.meaning().strip()))
                        .toList(),
                file.scale().notApplicableLabel().strip());
        List<Area> areas = file.areas().stream()
                .map(area -> new Area(area.id(), area.name().strip(), area.weight()))
                .toList();
        List<Item> items = file.items().stream().map(ChecklistMapper::toItem).toList();
        return new Checklist(file.id(), file.title().strip(), file.year(), scale, areas, items,
                PrecheckMapper.toTopic(file.precheck()));
    }

    private static Item toItem(ItemFile item) {
        Map<Integer, String> guidance = new LinkedHashMap<>();
        item.guidance().forEach((key, text) ->
                guidance.put(ChecklistValidator.parseLevel(key).orElseThrow(), text.strip()));
        return new Item(
                item.id(),
                item.area(),
                item.weight() == null ? BigDecimal.ONE : item.weight(),
                item.question().strip(),
                guidance,
                Optional.ofNullable(item.notApplicable()).map(rule -> new NotApplicableRule(rule.when().strip())),
                new Tip(item.tip().why().strip(), item.tip().goodPractice().strip()),
                PrecheckMapper.toHints(item.precheck()));
    }
}
