package se.webbgranskning.checklist;

import java.io.IOException;
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

    /** The first thing refused, as one problem; empty if the file passes (syntax is left to the real parse). */
    static Optional<ChecklistProblem> check(YAMLFactory factory, byte[] yaml) {
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
