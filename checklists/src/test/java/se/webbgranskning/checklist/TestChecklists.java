package se.webbgranskning.checklist;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the small test edition, as is or edited, for the tests of this module. */
public final class TestChecklists {

    private TestChecklists() {
    }

    public static String smallYaml() {
        try (InputStream in = TestChecklists.class.getResourceAsStream("/checklist/small.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Checklist small() {
        try {
            return load(smallYaml());
        } catch (ChecklistException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Checklist load(String yaml) throws ChecklistException {
        return ChecklistLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    /** The small edition with one literal piece of text replaced; fails loudly if the text is not there. */
    public static String smallWith(String target, String replacement) {
        String yaml = smallYaml();
        if (!yaml.contains(target)) {
            throw new IllegalArgumentException("small.yaml does not contain: " + target);
        }
        return yaml.replaceFirst(java.util.regex.Pattern.quote(target), java.util.regex.Matcher.quoteReplacement(replacement));
    }
}
