package se.webbgranskning.checklist;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The checklist file exactly as written, before validation: every field may be missing (null).
 * Kept apart from the model so that the model never carries nulls.
 */
record ChecklistFile(String id, String title, Integer year, ScaleFile scale, List<AreaFile> areas, List<ItemFile> items,
                     PrecheckTopicFile precheck) {

    record PrecheckTopicFile(TopicFile topic, MainPageFile mainPage) {
    }

    record TopicFile(List<String> terms, List<String> urlWords, Integer minMentions) {
    }

    record MainPageFile(List<String> terms, List<String> urlWords) {
    }

    record ScaleFile(List<LevelFile> levels, String notApplicableLabel) {
    }

    record LevelFile(Integer value, String label, String meaning) {
    }

    record AreaFile(String id, String name, BigDecimal weight) {
    }

    record ItemFile(
            String id,
            String area,
            BigDecimal weight,
            String question,
            Map<String, String> guidance,
            NotApplicableFile notApplicable,
            TipFile tip,
            PrecheckFile precheck) {
    }

    record NotApplicableFile(String when) {
    }

    record TipFile(String why, String goodPractice) {
    }

    record PrecheckFile(
            List<String> terms,
            List<String> patterns,
            List<String> urlWords,
            List<String> linkKinds,
            List<String> signals,
            String scope,
            PresentFile present) {
    }

    record PresentFile(Integer minTerms, Boolean onOnePage, Integer maxClickDepth, Integer maxAgeMonths,
                       List<RequirementFile> requires) {
    }

    record RequirementFile(String name, List<String> terms, List<String> patterns, List<String> linkKinds,
                           List<String> linkAbout, String in, Boolean sufficient) {
    }
}
