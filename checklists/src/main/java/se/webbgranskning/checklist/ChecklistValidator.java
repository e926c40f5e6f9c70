package se.webbgranskning.checklist;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import se.webbgranskning.checklist.ChecklistFile.AreaFile;
import se.webbgranskning.checklist.ChecklistFile.ItemFile;
import se.webbgranskning.checklist.ChecklistFile.LevelFile;

/** Checks a parsed checklist file and collects every problem, so that an author can fix them all in one go. */
final class ChecklistValidator {

    private static final Pattern EDITION_ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern ITEM_OR_AREA_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final List<ChecklistProblem> problems = new ArrayList<>();

    static List<ChecklistProblem> validate(ChecklistFile file) {
        ChecklistValidator validator = new ChecklistValidator();
        validator.checkEdition(file);
        Set<Integer> scaleValues = validator.checkScale(file.scale());
        Set<String> areaIds = validator.checkAreas(file.areas());
        validator.checkItems(file.items(), areaIds, scaleValues);
        validator.checkEveryAreaHasItems(file.areas(), file.items());
        new PrecheckValidator(validator.problems).checkTopic(file.precheck());
        return List.copyOf(validator.problems);
    }

    private void checkEdition(ChecklistFile file) {
        if (isBlank(file.id())) {
            problems.add(ChecklistProblem.edition("id", "saknas"));
        } else if (!EDITION_ID.matcher(file.id()).matches()) {
            problems.add(ChecklistProblem.edition("id",
                    "'" + file.id() + "' får bara innehålla små bokstäver a–z, siffror, '.', '_' och '-'"));
        }
        requireText(file.title(), ChecklistProblem.edition("title", "saknas"));
        if (file.year() == null) {
            problems.add(ChecklistProblem.edition("year", "saknas"));
        } else if (file.year() < 2000 || file.year() > 2100) {
            problems.add(ChecklistProblem.edition("year", "årtalet " + file.year() + " är orimligt"));
        }
    }

    private Set<Integer> checkScale(ChecklistFile.ScaleFile scale) {
        Set<Integer> values = new LinkedHashSet<>();
        if (scale == null) {
            problems.add(ChecklistProblem.edition("scale", "saknas"));
            return values;
        }
        requireText(scale.notApplicableLabel(), ChecklistProblem.edition("scale.notApplicableLabel", "saknas"));
        List<LevelFile> levels = orEmpty(scale.levels());
        if (levels.size() < 2) {
            problems.add(ChecklistProblem.edition("scale.levels", "skalan behöver minst två nivåer"));
        }
        for (LevelFile level : levels) {
            String field = "scale.levels[" + (level.value() == null ? "?" : level.value()) + "]";
            if (level.value() == null) {
                problems.add(ChecklistProblem.edition(field + ".value", "saknas"));
                continue;
            }
            if (level.value() < 0) {
                problems.add(ChecklistProblem.edition(field + ".value", "värdet får inte vara negativt"));
            }
            if (!values.add(level.value())) {
                problems.add(ChecklistProblem.edition(field + ".value", "värdet " + level.value() + " finns två gånger"));
            }
            requireText(level.label(), ChecklistProblem.edition(field + ".label", "saknas"));
            requireText(level.meaning(), ChecklistProblem.edition(field + ".meaning", "saknas"));
        }
        if (!levels.isEmpty() && !values.contains(0)) {
            problems.add(ChecklistProblem.edition("scale.levels", "skalan saknar nivån 0 (saknas)"));
        }
        return values;
    }

    private Set<String> checkAreas(List<AreaFile> areas) {
        Set<String> ids = new LinkedHashSet<>();
        if (orEmpty(areas).isEmpty()) {
            problems.add(ChecklistProblem.edition("areas", "inga områden angivna"));
            return ids;
        }
        for (int index = 0; index < areas.size(); index++) {
            AreaFile area = areas.get(index);
            String name = displayName(area.id(), index);
            checkId(area.id(), ids, message -> ChecklistProblem.area(name, "id", message));
            requireText(area.name(), ChecklistProblem.area(name, "name", "saknas"));
            checkWeight(area.weight(), true, ChecklistProblem.area(name, "weight", ""));
        }
        return ids;
    }

    private void checkItems(List<ItemFile> items, Set<String> areaIds, Set<Integer> scaleValues) {
        if (orEmpty(items).isEmpty()) {
            problems.add(ChecklistProblem.edition("items", "inga punkter angivna"));
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int index = 0; index < items.size(); index++) {
            ItemFile item = items.get(index);
            String name = displayName(item.id(), index);
            checkId(item.id(), ids, message -> ChecklistProblem.item(name, "id", message));
            checkItemArea(name, item.area(), areaIds);
            checkWeight(item.weight(), false, ChecklistProblem.item(name, "weight", ""));
            requireText(item.question(), ChecklistProblem.item(name, "question", "saknas"));
            checkGuidance(name, item.guidance(), scaleValues);
            if (item.notApplicable() != null) {
                requireText(item.notApplicable().when(), ChecklistProblem.item(name, "notApplicable.when", "saknas"));
            }
            if (item.tip() == null) {
                problems.add(ChecklistProblem.item(name, "tip", "saknas"));
            } else {
                requireText(item.tip().why(), ChecklistProblem.item(name, "tip.why", "saknas"));
                requireText(item.tip().goodPractice(), ChecklistProblem.item(name, "tip.goodPractice", "saknas"));
            }
            new PrecheckValidator(problems).checkItem(name, item.precheck());
        }
    }

    private void checkItemArea(String item, String area, Set<String> areaIds) {
        if (isBlank(area)) {
            problems.add(ChecklistProblem.item(item, "area", "saknas"));
        } else if (!areaIds.contains(area)) {
            problems.add(ChecklistProblem.item(item, "area",
                    "okänt område '" + area + "' (kända: " + String.join(", ", areaIds) + ")"));
        }
    }

    private void checkGuidance(String item, Map<String, String> guidance, Set<Integer> scaleValues) {
        if (guidance == null || guidance.isEmpty()) {
            problems.add(ChecklistProblem.item(item, "guidance", "saknas"));
            return;
        }
        Set<Integer> covered = new HashSet<>();
        guidance.forEach((key, text) -> {
            OptionalInt parsed = parseLevel(key);
            if (parsed.isEmpty() || !scaleValues.contains(parsed.getAsInt())) {
                problems.add(ChecklistProblem.item(item, "guidance." + key,
                        "'" + key + "' är ingen nivå på skalan (" + joinValues(scaleValues) + ")"));
                return;
            }
            covered.add(parsed.getAsInt());
            requireText(text, ChecklistProblem.item(item, "guidance." + key, "texten saknas"));
        });
        for (Integer value : scaleValues) {
            if (!covered.contains(value)) {
                problems.add(ChecklistProblem.item(item, "guidance." + value, "vägledning för nivå " + value + " saknas"));
            }
        }
    }

    private void checkEveryAreaHasItems(List<AreaFile> areas, List<ItemFile> items) {
        Set<String> used = orEmpty(items).stream().map(ItemFile::area).filter(Objects::nonNull).collect(Collectors.toSet());
        for (AreaFile area : orEmpty(areas)) {
            if (!isBlank(area.id()) && !used.contains(area.id())) {
                problems.add(ChecklistProblem.area(area.id(), "", "området har inga punkter"));
            }
        }
    }

    /** An area or item id: present, well-formed and not used before in its list. */
    private void checkId(String id, Set<String> seen, Function<String, ChecklistProblem> problem) {
        if (isBlank(id)) {
            problems.add(problem.apply("saknas"));
        } else if (!ITEM_OR_AREA_ID.matcher(id).matches()) {
            problems.add(problem.apply("ogiltigt id (tillåtet: bokstäver, siffror, '.', '_', '-')"));
        } else if (!seen.add(id)) {
            problems.add(problem.apply("id:t finns redan"));
        }
    }

    /** How an author finds an entry in messages: its id, or its position when the id is missing. */
    private static String displayName(String id, int index) {
        return isBlank(id) ? "nr " + (index + 1) : id;
    }

    private void checkWeight(BigDecimal weight, boolean required, ChecklistProblem template) {
        if (weight == null) {
            if (required) {
                problems.add(new ChecklistProblem(template.where(), template.field(), "saknas"));
            }
        } else if (weight.signum() <= 0) {
            problems.add(new ChecklistProblem(template.where(), template.field(),
                    "vikten måste vara större än 0, inte " + weight.toPlainString()));
        }
    }

    private void requireText(String text, ChecklistProblem ifMissing) {
        if (isBlank(text)) {
            problems.add(ifMissing);
        }
    }

    static OptionalInt parseLevel(String key) {
        try {
            return OptionalInt.of(Integer.parseInt(key.trim()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    private static String joinValues(Set<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
