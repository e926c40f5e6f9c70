package se.webbgranskning.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Files made to hurt the parser or to confuse it: each is refused with a message (naming the line where the
 * parser knows it), quickly and without exhausting memory; a UTF-8 byte order mark is no reason to refuse.
 */
class HostileChecklistFileTest {

    private static List<String> problemsOf(byte[] file) {
        ChecklistException error = catchThrowableOfType(ChecklistException.class,
                () -> ChecklistLoader.load(new ByteArrayInputStream(file), "fientlig.yaml"));
        assertThat(error).as("the file should have been refused").isNotNull();
        return error.getMessage().lines().toList();
    }

    private static List<String> problemsOf(String yaml) {
        return problemsOf(yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void billionLaughsAliasesAreRefused() {
        StringBuilder yaml = new StringBuilder("id: bomb-2026\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char name = 'b'; name <= 'j'; name++) {
            yaml.append(name).append(": &").append(name).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = name;
        }

        assertThat(problemsOf(yaml.toString())).singleElement().asString()
                .isEqualTo("fientlig.yaml: rad 2: YAML-ankare och alias (&namn, *namn) används inte i checklistor;"
                        + " skriv ut värdet");
    }

    @Test
    void anAliasInsideAnOtherwiseValidEditionIsRefusedToo() {
        String yaml = TestChecklists.smallWith("title: ", "title: &rubrik ")
                .replace("question: \"Finns fråga två?\"", "question: *rubrik");

        assertThat(problemsOf(yaml)).singleElement().asString().startsWith("fientlig.yaml: rad 43: ")
                .contains("alias");
    }

    @Test
    void deeplyNestedYamlIsRefusedWithItsLine() {
        String yaml = "id: djup-2026\ntitle: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n";

        assertThat(problemsOf(yaml)).singleElement().asString()
                .isEqualTo("fientlig.yaml: rad 2: mer än 16 nivåer inuti varandra; en checklista behöver bara några få");
    }

    @Test
    void aHugeFileIsRefused() {
        String yaml = "id: stor-2026\ntitle: \"" + "x".repeat(8 * 1024 * 1024) + "\"\n";

        assertThat(problemsOf(yaml)).singleElement().asString().contains("för stor");
    }

    @Test
    void binaryGarbageIsRefused() {
        byte[] garbage = new byte[64 * 1024];
        new Random(42).nextBytes(garbage);

        assertThat(problemsOf(garbage)).singleElement().asString().startsWith("fientlig.yaml: rad ")
                .contains("inte är UTF-8");
    }

    @Test
    void windows1252InsteadOfUtf8IsRefusedWithItsLine() {
        String yaml = TestChecklists.smallYaml().replaceFirst("title: [^\\n]*", "title: Hemtjänst för äldre");

        assertThat(problemsOf(yaml.getBytes(Charset.forName("windows-1252")))).singleElement().asString()
                .startsWith("fientlig.yaml: rad 3: tecken som inte är UTF-8");
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws ChecklistException {
        byte[] yaml = ("\uFEFF" + TestChecklists.smallYaml()).getBytes(StandardCharsets.UTF_8);

        Checklist loaded = ChecklistLoader.load(new ByteArrayInputStream(yaml), "bom.yaml");

        assertThat(loaded.id()).isEqualTo(TestChecklists.small().id());
    }

    @Test
    void duplicateKeysInsideAnItemAreNamedWithTheirLine() {
        String yaml = TestChecklists.smallWith("id: X1", "id: X1\n    id: X9");

        assertThat(problemsOf(yaml)).singleElement().asString()
                .startsWith("fientlig.yaml: rad ").contains("id");
    }
}
