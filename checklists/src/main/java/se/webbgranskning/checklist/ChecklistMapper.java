package se.webbgranskning.checklist;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.webbgranskning.checklist.ChecklistFile.ItemFile;
import se.webbgranskning.checklist.ChecklistFile.PrecheckFile;

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
        return new Checklist(file.id(), file.title().strip(), file.year(), scale, areas, items);
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
                toHints(item.precheck()));
    }

    private static PrecheckHints toHints(PrecheckFile precheck) {
        if (precheck == null) {
            return new PrecheckHints(List.of(), List.of(), List.of(), List.of(), List.of());
        }
        return new PrecheckHints(
                strip(precheck.terms()),
                orEmpty(precheck.patterns()),
                strip(precheck.urlWords()),
                orEmpty(precheck.linkKinds()).stream().map(kind -> LinkKind.fromKey(kind).orElseThrow()).toList(),
                orEmpty(precheck.signals()).stream().map(signal -> Signal.fromKey(signal).orElseThrow()).toList());
    }

    private static List<String> strip(List<String> texts) {
        return orEmpty(texts).stream().map(String::strip).toList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
