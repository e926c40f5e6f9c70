package se.webbgranskning.checklist;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/**
 * Refuses, before a checklist file is read into a tree, what no checklist needs and a hostile file uses: anchors
 * and aliases (a "billion laughs" file multiplies a few lines into millions of nodes in any reader that expands
 * them) and nesting deeper than a checklist's few levels (a stack of thousands of brackets). Each refusal names
 * the line.
 */
final class YamlGuard {

    /** A checklist nests edition → items → item → guidance/precheck → list: far below this. */
    static final int MAX_DEPTH = 16;

    private YamlGuard() {
    }

    /** The YAML parser names no line or a wrong one for bytes that are not UTF-8 (e.g. a file saved as ANSI). */
    private static Optional<ChecklistProblem> notUtf8(byte[] yaml) {
        ByteBuffer input = ByteBuffer.wrap(yaml);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(input, CharBuffer.allocate(yaml.length), true);
        if (!result.isError()) {
            return Optional.empty();
        }
        int line = 1;
        for (int i = 0; i < input.position(); i++) {
            if (yaml[i] == '\n') {
                line++;
            }
        }
        return Optional.of(ChecklistProblem.edition("", "rad " + line + ": tecken som inte är UTF-8 (filen är"
                + " sparad i en annan teckenkodning, eller är ingen textfil); spara den som UTF-8"));
    }

    /** The first thing refused, as one problem; empty if the file passes (syntax is left to the real parse). */
    static Optional<ChecklistProblem> check(YAMLFactory factory, byte[] yaml) {
        Optional<ChecklistProblem> encoding = notUtf8(yaml);
        if (encoding.isPresent()) {
            return encoding;
        }
        try (JsonParser parser = factory.createParser(yaml)) {
            YAMLParser yamlParser = (YAMLParser) parser;
            while (parser.nextToken() != null) {
                int line = parser.currentLocation().getLineNr();
                if (yamlParser.isCurrentAlias() || yamlParser.getCurrentAnchor() != null) {
                    return Optional.of(ChecklistProblem.edition("", "rad " + line
                            + ": YAML-ankare och alias (&namn, *namn) används inte i checklistor; skriv ut värdet"));
                }
                if (parser.getParsingContext().getNestingDepth() > MAX_DEPTH) {
                    return Optional.of(ChecklistProblem.edition("", "rad " + line + ": mer än " + MAX_DEPTH
                            + " nivåer inuti varandra; en checklista behöver bara några få"));
                }
            }
            return Optional.empty();
        } catch (IOException syntaxOrEncoding) {
            return Optional.empty(); // reported with its line by the parse that follows
        }
    }
}
