package se.webbgranskning.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a checklist edition from YAML: syntax, unknown keys and wrong types first, then
 * {@link ChecklistValidator}; only a file without problems becomes a {@link Checklist}.
 */
public final class ChecklistLoader {

    /** Far above any real edition (the bundled one is 60 kB), far below what could slow the parser down. */
    public static final int MAX_BYTES = 1_000_000;

    private ChecklistLoader() {
    }

    /**
     * @param source the file name shown in error messages
     * @throws ChecklistException with every problem found, each naming the item (or area) and field
     */
    public static Checklist load(InputStream in, String source) throws ChecklistException {
        JsonNode tree = readTree(in, source);
        List<ChecklistProblem> problems = new ArrayList<>();
        ChecklistFile file = bind(tree, problems);
        if (file != null) {
            problems.addAll(ChecklistValidator.validate(file));
        }
        if (!problems.isEmpty()) {
            throw new ChecklistException(source, problems);
        }
        return ChecklistMapper.toModel(file);
    }

    private static JsonNode readTree(InputStream in, String source) throws ChecklistException {
        YAMLFactory factory = YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        ObjectMapper yaml = YAMLMapper.builder(factory).build();
        byte[] bytes = readAtMostMaxBytes(in, source);
        java.util.Optional<ChecklistProblem> refused = YamlGuard.check(factory, bytes);
        if (refused.isPresent()) {
            throw new ChecklistException(source, List.of(refused.get()));
        }
        try {
            JsonNode tree = yaml.readTree(bytes);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                throw new ChecklistException(source, List.of(ChecklistProblem.edition("", "filen är tom")));
            }
            if (!tree.isObject()) {
                throw new ChecklistException(source, List.of(ChecklistProblem.edition("",
                        "filen ska börja med nycklarna id, title, year, scale, areas och items")));
            }
            return tree;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "rad " + e.getLocation().getLineNr() + ": ";
            throw new ChecklistException(source, List.of(ChecklistProblem.edition("",
                    where + "ogiltig YAML: " + oneLine(e.getOriginalMessage()))));
        } catch (IOException e) {
            throw new ChecklistException(source, List.of(ChecklistProblem.edition("", "kunde inte läsas: " + e.getMessage())));
        }
    }

    private static byte[] readAtMostMaxBytes(InputStream in, String source) throws ChecklistException {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ChecklistException(source, List.of(ChecklistProblem.edition("",
                        "filen är för stor (mer än " + MAX_BYTES / 1000 + " kB); en checklista är högst så stor")));
            }
            return bytes;
        } catch (IOException e) {
            throw new ChecklistException(source, List.of(ChecklistProblem.edition("", "kunde inte läsas: " + e.getMessage())));
        }
    }

    /** The parser's message without its indented source excerpt and caret lines, so that it fits one line. */
    private static String oneLine(String message) {
        return message.lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** Maps the tree onto the file records, reporting every unknown key and the first wrong type. */
    private static ChecklistFile bind(JsonNode tree, List<ChecklistProblem> problems) {
        ObjectMapper mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .addHandler(new UnknownKeyCollector(tree, problems))
                .build();
        try {
            return mapper.treeToValue(tree, ChecklistFile.class);
        } catch (JsonMappingException e) {
            StringBuilder pointer = new StringBuilder();
            for (JsonMappingException.Reference reference : e.getPath()) {
                pointer.append('/').append(reference.getFieldName() != null ? reference.getFieldName() : reference.getIndex());
            }
            problems.add(ProblemLocation.at(tree, JsonPointer.compile(pointer.toString()),
                    "fel typ av värde (" + e.getOriginalMessage().split("\n")[0] + ")"));
            return null;
        } catch (JsonProcessingException e) {
            problems.add(ChecklistProblem.edition("", "kunde inte tolkas: " + e.getOriginalMessage()));
            return null;
        }
    }

    /** Records an unknown key instead of failing at the first, so that an author sees every typo at once. */
    private static final class UnknownKeyCollector extends DeserializationProblemHandler {
        private final JsonNode tree;
        private final List<ChecklistProblem> problems;

        UnknownKeyCollector(JsonNode tree, List<ChecklistProblem> problems) {
            this.tree = tree;
            this.problems = problems;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
            JsonPointer pointer = parser.getParsingContext().pathAsPointer();
            problems.add(ProblemLocation.at(tree, pointer, "okänd nyckel '" + propertyName + "'"));
            parser.skipChildren();
            return true;
        }
    }
}
