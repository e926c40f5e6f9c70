package se.webbgranskning.checklist;

import java.util.List;

import se.webbgranskning.checklist.ChecklistFile.PrecheckFile;
import se.webbgranskning.checklist.ChecklistFile.PrecheckTopicFile;
import se.webbgranskning.checklist.ChecklistFile.PresentFile;
import se.webbgranskning.checklist.ChecklistFile.RequirementFile;

/** Turns the validated pre-check parts of a checklist file into the model, filling in the documented defaults. */
final class PrecheckMapper {

    private PrecheckMapper() {
    }

    static PrecheckTopic toTopic(PrecheckTopicFile precheck) {
        if (precheck == null) {
            return PrecheckTopic.NONE;
        }
        boolean hasTopic = precheck.topic() != null;
        boolean hasMainPage = precheck.mainPage() != null;
        return new PrecheckTopic(
                hasTopic ? strip(precheck.topic().terms()) : List.of(),
                hasTopic ? strip(precheck.topic().urlWords()) : List.of(),
                hasTopic && precheck.topic().minMentions() != null
                        ? precheck.topic().minMentions() : PrecheckTopic.DEFAULT_MIN_MENTIONS,
                hasMainPage ? strip(precheck.mainPage().terms()) : List.of(),
                hasMainPage ? strip(precheck.mainPage().urlWords()) : List.of());
    }

    static PrecheckHints toHints(PrecheckFile precheck) {
        if (precheck == null) {
            return PrecheckHints.NONE;
        }
        return new PrecheckHints(
                strip(precheck.terms()),
                orEmpty(precheck.patterns()),
                strip(precheck.urlWords()),
                linkKinds(precheck.linkKinds()),
                orEmpty(precheck.signals()).stream().map(signal -> Signal.fromKey(signal).orElseThrow()).toList(),
                precheck.scope() == null ? PrecheckScope.TOPIC : PrecheckScope.fromKey(precheck.scope()).orElseThrow(),
                toRule(precheck.present()));
    }

    private static PresenceRule toRule(PresentFile present) {
        if (present == null) {
            return PresenceRule.DEFAULT;
        }
        List<Requirement> requires = orEmpty(present.requires()).stream().map(PrecheckMapper::toRequirement).toList();
        int defaultMinTerms = requires.isEmpty()
                ? PresenceRule.DEFAULT_MIN_TERMS : PresenceRule.DEFAULT_MIN_TERMS_WITH_REQUIREMENTS;
        return new PresenceRule(
                present.minTerms() == null ? defaultMinTerms : present.minTerms(),
                Boolean.TRUE.equals(present.onOnePage()),
                present.maxClickDepth() == null ? PresenceRule.DEFAULT_MAX_CLICK_DEPTH : present.maxClickDepth(),
                present.maxAgeMonths() == null ? PresenceRule.DEFAULT_MAX_AGE_MONTHS : present.maxAgeMonths(),
                requires);
    }

    private static Requirement toRequirement(RequirementFile requirement) {
        return new Requirement(
                requirement.name().strip(),
                strip(requirement.terms()),
                orEmpty(requirement.patterns()),
                linkKinds(requirement.linkKinds()),
                strip(requirement.linkAbout()),
                requirement.in() == null ? MatchPlace.TEXT : MatchPlace.fromKey(requirement.in()).orElseThrow(),
                Boolean.TRUE.equals(requirement.sufficient()));
    }

    private static List<LinkKind> linkKinds(List<String> keys) {
        return orEmpty(keys).stream().map(kind -> LinkKind.fromKey(kind).orElseThrow()).toList();
    }

    private static List<String> strip(List<String> texts) {
        return orEmpty(texts).stream().map(String::strip).toList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
