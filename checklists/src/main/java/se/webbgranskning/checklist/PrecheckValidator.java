package se.webbgranskning.checklist;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import se.webbgranskning.checklist.ChecklistFile.PrecheckFile;
import se.webbgranskning.checklist.ChecklistFile.PrecheckTopicFile;
import se.webbgranskning.checklist.ChecklistFile.PresentFile;
import se.webbgranskning.checklist.ChecklistFile.RequirementFile;

/** Checks the pre-check parts of a checklist file: each item's hints and the edition's topic. */
final class PrecheckValidator {

    private final List<ChecklistProblem> problems;

    PrecheckValidator(List<ChecklistProblem> problems) {
        this.problems = problems;
    }

    void checkTopic(PrecheckTopicFile precheck) {
        if (precheck == null) {
            return;
        }
        if (precheck.topic() != null) {
            noBlanks(precheck.topic().terms(), message -> ChecklistProblem.edition("precheck.topic.terms", message));
            noBlanks(precheck.topic().urlWords(), message -> ChecklistProblem.edition("precheck.topic.urlWords", message));
            if (precheck.topic().minMentions() != null && precheck.topic().minMentions() < 1) {
                problems.add(ChecklistProblem.edition("precheck.topic.minMentions", "måste vara minst 1"));
            }
        }
        if (precheck.mainPage() != null) {
            noBlanks(precheck.mainPage().terms(), message -> ChecklistProblem.edition("precheck.mainPage.terms", message));
            noBlanks(precheck.mainPage().urlWords(),
                    message -> ChecklistProblem.edition("precheck.mainPage.urlWords", message));
        }
    }

    void checkItem(String item, PrecheckFile precheck) {
        if (precheck == null) {
            return;
        }
        noBlanks(precheck.terms(), message -> ChecklistProblem.item(item, "precheck.terms", "tom sökterm"));
        noBlanks(precheck.urlWords(), message -> ChecklistProblem.item(item, "precheck.urlWords", "tomt URL-ord"));
        checkPatterns(item, "precheck.patterns", precheck.patterns());
        checkLinkKinds(item, "precheck.linkKinds", precheck.linkKinds());
        for (String signal : orEmpty(precheck.signals())) {
            if (Signal.fromKey(signal).isEmpty()) {
                problems.add(ChecklistProblem.item(item, "precheck.signals", "okänd signal '" + signal + "' (kända: "
                        + Arrays.stream(Signal.values()).map(Signal::key).collect(Collectors.joining(", ")) + ")"));
            }
        }
        if (precheck.scope() != null && PrecheckScope.fromKey(precheck.scope()).isEmpty()) {
            problems.add(ChecklistProblem.item(item, "precheck.scope", "okänt omfång '" + precheck.scope()
                    + "' (kända: topic, site)"));
        }
        checkPresent(item, precheck.present());
    }

    private void checkPresent(String item, PresentFile present) {
        if (present == null) {
            return;
        }
        atLeast(item, "precheck.present.minTerms", present.minTerms(), 0);
        atLeast(item, "precheck.present.maxClickDepth", present.maxClickDepth(), 0);
        atLeast(item, "precheck.present.maxAgeMonths", present.maxAgeMonths(), 1);
        Set<String> names = new HashSet<>();
        List<RequirementFile> requires = orEmpty(present.requires());
        for (int index = 0; index < requires.size(); index++) {
            RequirementFile requirement = requires.get(index);
            String field = "precheck.present.requires[" + (isBlank(requirement.name()) ? "nr " + (index + 1)
                    : requirement.name()) + "]";
            if (isBlank(requirement.name())) {
                problems.add(ChecklistProblem.item(item, field + ".name", "saknas"));
            } else if (!names.add(requirement.name().strip())) {
                problems.add(ChecklistProblem.item(item, field + ".name", "namnet finns redan"));
            }
            checkRequirement(item, field, requirement);
        }
    }

    private void checkRequirement(String item, String field, RequirementFile requirement) {
        if (orEmpty(requirement.terms()).isEmpty() && orEmpty(requirement.patterns()).isEmpty()
                && orEmpty(requirement.linkKinds()).isEmpty()) {
            problems.add(ChecklistProblem.item(item, field, "kravet behöver terms, patterns eller linkKinds"));
        }
        noBlanks(requirement.terms(), message -> ChecklistProblem.item(item, field + ".terms", message));
        noBlanks(requirement.linkAbout(), message -> ChecklistProblem.item(item, field + ".linkAbout", message));
        checkPatterns(item, field + ".patterns", requirement.patterns());
        checkLinkKinds(item, field + ".linkKinds", requirement.linkKinds());
        if (!orEmpty(requirement.linkAbout()).isEmpty() && orEmpty(requirement.linkKinds()).isEmpty()) {
            problems.add(ChecklistProblem.item(item, field + ".linkAbout", "gäller bara tillsammans med linkKinds"));
        }
        if (requirement.in() != null && MatchPlace.fromKey(requirement.in()).isEmpty()) {
            problems.add(ChecklistProblem.item(item, field + ".in", "okänd plats '" + requirement.in()
                    + "' (kända: text, heading)"));
        }
    }

    private void checkPatterns(String item, String field, List<String> patterns) {
        for (String pattern : orEmpty(patterns)) {
            try {
                Pattern.compile(Objects.requireNonNullElse(pattern, ""));
            } catch (PatternSyntaxException e) {
                problems.add(ChecklistProblem.item(item, field,
                        "ogiltigt reguljärt uttryck '" + pattern + "': " + e.getDescription()));
            }
        }
    }

    private void checkLinkKinds(String item, String field, List<String> kinds) {
        for (String kind : orEmpty(kinds)) {
            if (LinkKind.fromKey(kind).isEmpty()) {
                problems.add(ChecklistProblem.item(item, field, "okänd länktyp '" + kind + "' (kända: "
                        + Arrays.stream(LinkKind.values()).map(LinkKind::key).collect(Collectors.joining(", ")) + ")"));
            }
        }
    }

    private void atLeast(String item, String field, Integer value, int minimum) {
        if (value != null && value < minimum) {
            problems.add(ChecklistProblem.item(item, field, "måste vara minst " + minimum + ", inte " + value));
        }
    }

    /** Reports a blank entry once per list: a stray comma in a YAML list, which would match everything. */
    private void noBlanks(List<String> texts, Function<String, ChecklistProblem> problem) {
        orEmpty(texts).stream().filter(PrecheckValidator::isBlank).findAny()
                .ifPresent(blank -> problems.add(problem.apply("tomt ord i listan")));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
