package se.webbgranskning.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChecklistDiffTest {

    private final Checklist base = TestChecklists.small();

    @Test
    void identicalEditionsShareEveryItem() {
        ChecklistDiff diff = ChecklistDiff.between(base, base);

        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changed()).isEmpty();
        assertThat(diff.editionChanges()).isEmpty();
        assertThat(diff.comparableItems()).containsExactly("X1", "X2", "Y1", "Y2");
    }

    @Test
    void addedRemovedAndChangedItems() throws ChecklistException {
        Checklist next = TestChecklists.load(TestChecklists.smallYaml()
                .replace("id: test-small", "id: test-next")
                .replace("id: X2", "id: X3")
                .replace("question: \"Finns fråga tre?\"", "question: \"Finns fråga tre, omformulerad?\"")
                .replace("      terms: [hemtjänst]", "      terms: [hemtjänst, äldreomsorg]"));

        ChecklistDiff diff = ChecklistDiff.between(base, next);

        assertThat(diff.fromId()).isEqualTo("test-small");
        assertThat(diff.toId()).isEqualTo("test-next");
        assertThat(diff.added()).containsExactly("X3");
        assertThat(diff.removed()).containsExactly("X2");
        assertThat(diff.changed()).containsExactly(
                new ChecklistDiff.ItemChange("X1", java.util.List.of(), java.util.List.of("precheck")),
                new ChecklistDiff.ItemChange("Y1", java.util.List.of("question"), java.util.List.of()));
        // X1 changed only its pre-check hints, which do not change what a score means.
        assertThat(diff.comparableItems()).containsExactly("X1", "Y2");
    }

    @Test
    void areaWeightAndScaleChangesAreReported() throws ChecklistException {
        Checklist next = TestChecklists.load(TestChecklists.smallYaml()
                .replace("weight: 3", "weight: 4")
                .replace("    - value: 2\n      label: uppfyllt", "    - value: 3\n      label: uppfyllt")
                .replace("\"2\": \"Helt.\"", "\"3\": \"Helt.\""));

        ChecklistDiff diff = ChecklistDiff.between(base, next);

        assertThat(diff.editionChanges()).anySatisfy(change -> assertThat(change).startsWith("Skalan har ändrats"))
                .contains("Område X: vikten har ändrats från 3 till 4.");
        assertThat(diff.changed()).extracting(ChecklistDiff.ItemChange::itemId).containsExactly("X1", "X2", "Y1", "Y2");
        assertThat(diff.comparableItems()).as("a new scale makes no score comparable").isEmpty();
    }

    @Test
    void newAndRemovedAreas() throws ChecklistException {
        Checklist next = TestChecklists.load(TestChecklists.smallYaml()
                .replace("id: Y\n    name: Andra området", "id: Z\n    name: Tredje området")
                .replace("area: Y", "area: Z").replace("area: Y", "area: Z"));

        assertThat(ChecklistDiff.between(base, next).editionChanges()).containsExactly(
                "Område Y (Andra området) finns inte längre.",
                "Område Z (Tredje området) är nytt.");
    }
}
