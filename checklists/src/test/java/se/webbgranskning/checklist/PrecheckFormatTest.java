package se.webbgranskning.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The optional pre-check topic and presence rules: read with their defaults, and every mistake reported. */
class PrecheckFormatTest {

    private static final String HINTS = "      signals: [click-depth]\n";

    private static final String TOPIC = """
            precheck:
              topic:
                terms: [hemtjänst, äldreomsorg]
                urlWords: [hemtjanst]
                minMentions: 3
              mainPage:
                terms: [hemtjänst]
                urlWords: [hemtjanst]
            items:
            """;

    private static String withPresent(String present) {
        return TestChecklists.smallWith(HINTS, HINTS + present);
    }

    private static List<String> problemsOf(String yaml) {
        ChecklistException error = catchThrowableOfType(ChecklistException.class, () -> TestChecklists.load(yaml));
        assertThat(error).as("the file should have been rejected").isNotNull();
        return error.getMessage().lines().toList();
    }

    @Test
    void filesWithoutTheNewFieldsGetTheDefaults() {
        Checklist checklist = TestChecklists.small();

        assertThat(checklist.precheckTopic()).isEqualTo(PrecheckTopic.NONE);
        assertThat(checklist.precheckTopic().defined()).isFalse();
        PrecheckHints hints = checklist.item("X1").orElseThrow().precheck();
        assertThat(hints.scope()).isEqualTo(PrecheckScope.TOPIC);
        assertThat(hints.present()).isEqualTo(PresenceRule.DEFAULT);
        assertThat(hints.present().minTerms()).isEqualTo(2);
        assertThat(checklist.item("X2").orElseThrow().precheck()).isEqualTo(PrecheckHints.NONE);
    }

    @Test
    void readsTheTopicAndTheMainPage() throws ChecklistException {
        PrecheckTopic topic = TestChecklists.load(TestChecklists.smallWith("items:\n", TOPIC)).precheckTopic();

        assertThat(topic.terms()).containsExactly("hemtjänst", "äldreomsorg");
        assertThat(topic.urlWords()).containsExactly("hemtjanst");
        assertThat(topic.minMentions()).isEqualTo(3);
        assertThat(topic.mainPageTerms()).containsExactly("hemtjänst");
        assertThat(topic.defined()).isTrue();
    }

    @Test
    void readsScopeAndPresenceRuleWithRequirements() throws ChecklistException {
        String yaml = withPresent("""
                      scope: site
                      present:
                        onOnePage: true
                        maxClickDepth: 2
                        requires:
                          - name: tjänst
                            terms: [städning]
                          - name: e-tjänst
                            linkKinds: [e-service]
                            linkAbout: [hemtjänst]
                            in: heading
                            sufficient: true
                """);
        PrecheckHints hints = TestChecklists.load(yaml).item("X1").orElseThrow().precheck();

        assertThat(hints.scope()).isEqualTo(PrecheckScope.SITE);
        PresenceRule rule = hints.present();
        assertThat(rule.onOnePage()).isTrue();
        assertThat(rule.maxClickDepth()).isEqualTo(2);
        assertThat(rule.maxAgeMonths()).isEqualTo(12);
        assertThat(rule.minTerms()).as("requirements alone say what present needs").isZero();
        assertThat(rule.requires()).containsExactly(
                new Requirement("tjänst", List.of("städning"), List.of(), List.of(), List.of(), MatchPlace.TEXT, false),
                new Requirement("e-tjänst", List.of(), List.of(), List.of(LinkKind.E_SERVICE), List.of("hemtjänst"),
                        MatchPlace.HEADING, true));
    }

    @Test
    void everyMistakeInTheNewFieldsIsNamed() {
        List<String> problems = problemsOf(withPresent("""
                      scope: everywhere
                      present:
                        minTerms: -1
                        maxAgeMonths: 0
                        requires:
                          - name: a
                            terms: [städning]
                          - name: a
                            patterns: ['(kr']
                            in: title
                          - linkKinds: [e-tjänst]
                          - name: tom
                            linkAbout: [hemtjänst]
                """));

        assertThat(problems).containsExactlyInAnyOrder(
                "test.yaml: punkt X1, fält precheck.scope: okänt omfång 'everywhere' (kända: topic, site)",
                "test.yaml: punkt X1, fält precheck.present.minTerms: måste vara minst 0, inte -1",
                "test.yaml: punkt X1, fält precheck.present.maxAgeMonths: måste vara minst 1, inte 0",
                "test.yaml: punkt X1, fält precheck.present.requires[a].name: namnet finns redan",
                "test.yaml: punkt X1, fält precheck.present.requires[a].patterns: ogiltigt reguljärt uttryck '(kr': "
                        + "Unclosed group",
                "test.yaml: punkt X1, fält precheck.present.requires[a].in: okänd plats 'title' (kända: text, heading)",
                "test.yaml: punkt X1, fält precheck.present.requires[nr 3].name: saknas",
                "test.yaml: punkt X1, fält precheck.present.requires[nr 3].linkKinds: okänd länktyp 'e-tjänst' "
                        + "(kända: e-service, application-form, easy-to-read, other-languages, sign-language, "
                        + "read-aloud, accessibility-statement, provider-list, fee-calculator, complaint-form, pdf)",
                "test.yaml: punkt X1, fält precheck.present.requires[tom]: kravet behöver terms, patterns eller linkKinds",
                "test.yaml: punkt X1, fält precheck.present.requires[tom].linkAbout: gäller bara tillsammans med linkKinds");
    }

    @Test
    void unknownKeysInTheNewFieldsAreErrors() {
        assertThat(problemsOf(withPresent("      present:\n        requires:\n          - name: a\n            term: [x]\n")))
                .anySatisfy(problem -> assertThat(problem).contains("okänd nyckel 'term'"));
        assertThat(problemsOf(TestChecklists.smallWith("items:\n", "precheck:\n  topik: {}\nitems:\n")))
                .anySatisfy(problem -> assertThat(problem).contains("okänd nyckel 'topik'"));
    }

    @Test
    void topicMistakesAreNamed() {
        assertThat(problemsOf(TestChecklists.smallWith("items:\n",
                "precheck:\n  topic:\n    terms: [hemtjänst, ' ']\n    minMentions: 0\nitems:\n")))
                .containsExactlyInAnyOrder(
                        "test.yaml: fält precheck.topic.terms: tomt ord i listan",
                        "test.yaml: fält precheck.topic.minMentions: måste vara minst 1");
    }
}
