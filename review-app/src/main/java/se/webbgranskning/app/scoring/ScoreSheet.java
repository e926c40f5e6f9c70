package se.webbgranskning.app.scoring;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.checklist.Item;
import se.webbgranskning.municipality.MunicipalityRegistry;
import se.webbgranskning.scoring.Score;

/**
 * Reads a score file: one row {@code kommunkod;item;score} per municipality and item, score 0/1/2 (the checklist's
 * scale) or {@code na}. Semicolon-separated UTF-8, optional BOM and header row. Every problem is collected with
 * its line number; nothing is guessed (a code that lost its leading zero in Excel is an error, not "fixed").
 */
final class ScoreSheet {

    private static final Pattern CODE = Pattern.compile("\\d{4}");
    private static final List<String> NOT_APPLICABLE = List.of("na", "n/a", "ej tillämpligt", "-", "–");

    private final Checklist checklist;
    private final MunicipalityRegistry registry;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Map<String, Score>> scores = new TreeMap<>();
    private final Map<String, Long> firstLine = new HashMap<>();

    private ScoreSheet(Checklist checklist, MunicipalityRegistry registry) {
        this.checklist = checklist;
        this.registry = registry;
    }

    /** Scores per kommunkod (sorted), each item id → score; or the problems found, each naming its line. */
    static Result read(String content, Checklist checklist, MunicipalityRegistry registry) {
        ScoreSheet sheet = new ScoreSheet(checklist, registry);
        sheet.parse(content.startsWith("\uFEFF") ? content.substring(1) : content);
        if (sheet.problems.isEmpty() && sheet.scores.isEmpty()) {
            sheet.problems.add("Filen innehåller inga poäng (väntade rader 'kommunkod;punkt;poäng').");
        }
        return new Result(sheet.scores, sheet.problems);
    }

    record Result(Map<String, Map<String, Score>> scores, List<String> problems) {
    }

    private void parse(String content) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(';').setIgnoreEmptyLines(true).setTrim(true).setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (record.getRecordNumber() == 1 && record.get(0).toLowerCase(Locale.ROOT).equals("kommunkod")) {
                    continue;
                }
                row(record, line);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add("Filen kunde inte tolkas som semikolonseparerad text: " + e.getMessage());
        }
    }

    private void row(CSVRecord record, long line) {
        if (record.size() != 3) {
            String hint = record.size() == 1 && record.get(0).contains(",") ? " (filen ska vara semikolonseparerad)" : "";
            problems.add("Rad " + line + ": väntade tre fält 'kommunkod;punkt;poäng', fick " + record.size() + hint + ".");
            return;
        }
        String code = record.get(0);
        String itemId = record.get(1);
        Optional<Item> item = checklist.item(itemId);
        boolean ok = checkCode(code, line);
        if (item.isEmpty()) {
            problems.add("Rad " + line + ": punkten '" + itemId + "' finns inte i checklistan " + checklist.id() + ".");
            ok = false;
        }
        Optional<Score> score = parseScore(record.get(2), line, item);
        if (!ok || score.isEmpty()) {
            return;
        }
        String key = code + ";" + itemId;
        Long earlier = firstLine.putIfAbsent(key, line);
        if (earlier != null) {
            problems.add("Rad " + line + ": kommun " + code + " har redan en poäng för " + itemId + " på rad " + earlier + ".");
            return;
        }
        scores.computeIfAbsent(code, c -> new TreeMap<>()).put(itemId, score.get());
    }

    private boolean checkCode(String code, long line) {
        if (!CODE.matcher(code).matches()) {
            String hint = code.matches("\\d{3}") ? " (inledande nolla saknas? t.ex. 0" + code + ")" : "";
            problems.add("Rad " + line + ": kommunkoden '" + code + "' ska vara fyra siffror" + hint + ".");
            return false;
        }
        if (registry.byCode(code).isEmpty()) {
            problems.add("Rad " + line + ": kommunkoden " + code + " finns inte i kommunregistret.");
            return false;
        }
        return true;
    }

    private Optional<Score> parseScore(String text, long line, Optional<Item> item) {
        if (NOT_APPLICABLE.contains(text.toLowerCase(Locale.ROOT))) {
            if (item.isPresent() && !item.get().allowsNotApplicable()) {
                problems.add("Rad " + line + ": punkt " + item.get().id() + " får inte bedömas som \""
                        + checklist.scale().notApplicableLabel() + "\".");
                return Optional.empty();
            }
            return Optional.of(Score.notApplicable());
        }
        try {
            int value = Integer.parseInt(text);
            if (checklist.scale().level(value).isPresent()) {
                return Optional.of(Score.points(value));
            }
        } catch (NumberFormatException e) {
            // reported below, together with out-of-scale numbers
        }
        problems.add("Rad " + line + ": poängen '" + text + "' ska vara en av " + checklist.scale().values()
                + " eller na (ej tillämpligt).");
        return Optional.empty();
    }
}
