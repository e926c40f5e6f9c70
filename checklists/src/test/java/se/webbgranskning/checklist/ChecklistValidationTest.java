package se.webbgranskning.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Every kind of mistake in a checklist file is reported precisely: file, item or area id, field. */
class ChecklistValidationTest {

    private static List<String> problemsOf(String yaml) {
        ChecklistException error = catchThrowableOfType(ChecklistException.class, () -> TestChecklists.load(yaml));
        assertThat(error).as("the file should have been rejected").isNotNull();
        return error.getMessage().lines().toList();
    }

    @Test
    void duplicateItemId() {
        assertThat(problemsOf(TestChecklists.smallWith("id: X2", "id: X1")))
                .containsExactly("test.yaml: punkt X1, fält id: id:t finns redan");
    }

    @Test
    void duplicateAreaId() {
        assertThat(problemsOf(TestChecklists.smallWith("id: Y\n", "id: X\n")))
                .contains("test.yaml: område X, fält id: id:t finns redan");
    }

    @Test
    void unknownArea() {
        assertThat(problemsOf(TestChecklists.smallWith("area: Y\n    weight: 2", "area: Q\n    weight: 2")))
                .containsExactly("test.yaml: punkt Y2, fält area: okänt område 'Q' (kända: X, Y)");
    }

    @Test
    void areaWeightMustBePositive() {
        assertThat(problemsOf(TestChecklists.smallWith("weight: 3", "weight: 0")))
                .containsExactly("test.yaml: område X, fält weight: vikten måste vara större än 0, inte 0");
    }

    @Test
    void itemWeightMustBePositive() {
        assertThat(problemsOf(TestChecklists.smallWith("weight: 2", "weight: -1")))
                .containsExactly("test.yaml: punkt Y2, fält weight: vikten måste vara större än 0, inte -1");
    }

    @Test
    void areaWeightIsRequired() {
        assertThat(problemsOf(TestChecklists.smallWith("    weight: 3\n", "")))
                .containsExactly("test.yaml: område X, fält weight: saknas");
    }

    @Test
    void scaleWithoutZeroLevel() {
        String yaml = TestChecklists.smallWith("    - value: 0\n      label: saknas\n      meaning: \"Hittas inte.\"\n", "");
        assertThat(problemsOf(yaml)).contains("test.yaml: fält scale.levels: skalan saknar nivån 0 (saknas)");
    }

    @Test
    void duplicateAndNegativeScaleValues() {
        assertThat(problemsOf(TestChecklists.smallWith("value: 1", "value: 2")))
                .contains("test.yaml: fält scale.levels[2].value: värdet 2 finns två gånger");
        assertThat(problemsOf(TestChecklists.smallWith("value: 1", "value: -1")))
                .contains("test.yaml: fält scale.levels[-1].value: värdet får inte vara negativt");
    }

    @Test
    void missingTexts() {
        assertThat(problemsOf(TestChecklists.smallWith("question: \"Finns fråga två?\"", "question: \"  \"")))
                .containsExactly("test.yaml: punkt X2, fält question: saknas");
        assertThat(problemsOf(TestChecklists.smallWith("title: \"Testchecklista\"\n", "")))
                .containsExactly("test.yaml: fält title: saknas");
        String noWhy = TestChecklists.smallWith("""
                  - id: X2
                    area: X
                    question: "Finns fråga två?"
                    guidance:
                      "2": "Helt."
                      "1": "Delvis."
                      "0": "Inte alls."
                    tip:
                      why: "Det spelar roll."
                """, """
                  - id: X2
                    area: X
                    question: "Finns fråga två?"
                    guidance:
                      "2": "Helt."
                      "1": "Delvis."
                      "0": "Inte alls."
                    tip:
                      why: ""
                """);
        assertThat(problemsOf(noWhy)).containsExactly("test.yaml: punkt X2, fält tip.why: saknas");
    }

    @Test
    void guidanceMustCoverExactlyTheScale() {
        String missingLevel = TestChecklists.smallWith("      \"1\": \"Delvis.\"\n      \"0\": \"Inte alls.\"\n    tip:\n      why: \"Det spelar roll.\"\n      goodPractice: \"Gör så här.\"\n    precheck:",
                "      \"0\": \"Inte alls.\"\n    tip:\n      why: \"Det spelar roll.\"\n      goodPractice: \"Gör så här.\"\n    precheck:");
        assertThat(problemsOf(missingLevel)).containsExactly("test.yaml: punkt X1, fält guidance.1: vägledning för nivå 1 saknas");

        String unknownLevel = TestChecklists.smallWith("\"0\": \"Inte alls.\"", "\"3\": \"Inte alls.\"");
        assertThat(problemsOf(unknownLevel)).contains(
                "test.yaml: punkt X1, fält guidance.3: '3' är ingen nivå på skalan (2, 1, 0)",
                "test.yaml: punkt X1, fält guidance.0: vägledning för nivå 0 saknas");
    }

    @Test
    void unknownKeysAreNamedWithTheirItem() {
        String yaml = TestChecklists.smallWith("question: \"Finns fråga tre?\"", "questoin: \"Finns fråga tre?\"");
        assertThat(problemsOf(yaml)).containsExactly(
                "test.yaml: punkt Y1, fält questoin: okänd nyckel 'questoin'",
                "test.yaml: punkt Y1, fält question: saknas");
    }

    @Test
    void unknownTopLevelKey() {
        assertThat(problemsOf("edition: 3\n" + TestChecklists.smallYaml()))
                .containsExactly("test.yaml: fält edition: okänd nyckel 'edition'");
    }

    @Test
    void wrongTypeIsReportedWithItsItem() {
        List<String> problems = problemsOf(TestChecklists.smallWith("weight: 2", "weight: tung"));
        assertThat(problems).singleElement().asString()
                .startsWith("test.yaml: punkt Y2, fält weight: fel typ av värde");
    }

    @Test
    void yamlSyntaxErrorNamesTheLine() {
        List<String> problems = problemsOf("id: a\ntitle: [oavslutad\nyear: 2026\n");
        assertThat(problems).singleElement().asString().startsWith("test.yaml: rad ").contains("ogiltig YAML");
    }

    @Test
    void duplicateYamlKeyIsRejected() {
        List<String> problems = problemsOf(TestChecklists.smallWith("year: 2026", "year: 2026\nyear: 2027"));
        assertThat(problems).singleElement().asString().contains("ogiltig YAML").contains("year");
    }

    @Test
    void emptyFile() {
        assertThat(problemsOf("")).containsExactly("test.yaml: filen är tom");
        assertThat(problemsOf("- a\n- b\n")).singleElement().asString().contains("ska börja med nycklarna");
    }

    @Test
    void precheckHintsAreChecked() {
        assertThat(problemsOf(TestChecklists.smallWith("linkKinds: [e-service, pdf]", "linkKinds: [e-tjänst]")))
                .singleElement().asString()
                .startsWith("test.yaml: punkt X1, fält precheck.linkKinds: okänd länktyp 'e-tjänst' (kända: e-service, ");
        assertThat(problemsOf(TestChecklists.smallWith("signals: [click-depth]", "signals: [depth]")))
                .singleElement().asString()
                .startsWith("test.yaml: punkt X1, fält precheck.signals: okänd signal 'depth'");
        assertThat(problemsOf(TestChecklists.smallWith("patterns: ['\\d+\\s*kr']", "patterns: ['(kr']")))
                .singleElement().asString()
                .startsWith("test.yaml: punkt X1, fält precheck.patterns: ogiltigt reguljärt uttryck '(kr'");
    }

    @Test
    void areaWithoutItems() {
        String yaml = TestChecklists.smallWith("  - id: Y\n    name: Andra området\n    weight: 1\n",
                "  - id: Y\n    name: Andra området\n    weight: 1\n  - id: Z\n    name: Tomt\n    weight: 1\n");
        assertThat(problemsOf(yaml)).containsExactly("test.yaml: område Z: området har inga punkter");
    }

    @Test
    void invalidEditionId() {
        assertThat(problemsOf(TestChecklists.smallWith("id: test-small", "id: Test Small")))
                .singleElement().asString().startsWith("test.yaml: fält id: 'Test Small' får bara innehålla");
    }

    @Test
    void allProblemsAreReportedTogether() {
        String yaml = TestChecklists.smallWith("id: X2", "id: X1")
                .replace("weight: 3", "weight: 0")
                .replace("question: \"Finns fråga fyra?\"", "question: \"\"");
        assertThat(problemsOf(yaml)).containsExactlyInAnyOrder(
                "test.yaml: punkt X1, fält id: id:t finns redan",
                "test.yaml: område X, fält weight: vikten måste vara större än 0, inte 0",
                "test.yaml: punkt Y2, fält question: saknas");
    }
}
