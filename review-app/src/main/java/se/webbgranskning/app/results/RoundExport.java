package se.webbgranskning.app.results;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import se.webbgranskning.app.scoring.ResultCsv;
import se.webbgranskning.app.scoring.SpreadsheetCells;
import se.webbgranskning.app.scoring.ResultJson;
import se.webbgranskning.checklist.Item;
import se.webbgranskning.scoring.MunicipalityRanking;

/**
 * A review round's results for the index calculation: one row per final municipality (the same columns as
 * {@code score}, plus the round) and one row per final municipality and item with the final score and its
 * source. CSV is semicolon-separated UTF-8 with BOM and CRLF, as Swedish Excel reads it. Municipalities without
 * final scores are left out of the rows; the JSON lists them under {@code notFinal}.
 */
public final class RoundExport {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RoundExport() {
    }

    public static String resultsCsv(RoundResults.Results results) {
        return ResultCsv.render(results.checklist(), results.table(), results.round().name());
    }

    public static String resultsJson(RoundResults.Results results) {
        ObjectNode root = ResultJson.tree(results.checklist(), results.table());
        ObjectNode round = root.putObject("round");
        round.put("id", results.round().reviewRoundId());
        round.put("name", results.round().name());
        round.put("crawlRound", results.round().crawlRoundId());
        round.put("published", results.round().published());
        ArrayNode notFinal = root.putArray("notFinal");
        results.notFinal().forEach(outcome -> notFinal.addObject()
                .put("kommunkod", outcome.kommunkod())
                .put("name", outcome.name())
                .put("state", outcome.state().label()));
        results.unscorable().forEach((code, problem) -> notFinal.addObject()
                .put("kommunkod", code)
                .put("name", results.outcomes().get(code).name())
                .put("state", problem));
        return ResultJson.write(root);
    }

    public static String itemsCsv(RoundResults.Results results) {
        StringWriter text = new StringWriter().append('\uFEFF');
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        try (CSVPrinter printer = new CSVPrinter(text, format)) {
            printer.printRecord("kommunkod", "kommun", "omrade", "punkt", "poang", "kalla", "skal", "checklista",
                    "omgang");
            for (MunicipalityRanking.RankedEntry entry : results.table().entries()) {
                MunicipalityOutcome outcome = results.outcomes().get(entry.municipality().code());
                for (Item item : results.checklist().items()) {
                    FinalScore score = outcome.scores().get(item.id());
                    printer.printRecord(SpreadsheetCells.safe(outcome.kommunkod(), entry.municipality().name(),
                            item.areaId(), item.id(), score.score().toString(), score.source().key(), score.reason(),
                            results.checklist().id(), results.round().name()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    public static String itemsJson(RoundResults.Results results) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("checklist", results.checklist().id());
        root.put("round", results.round().name());
        ArrayNode rows = root.putArray("scores");
        for (MunicipalityRanking.RankedEntry entry : results.table().entries()) {
            MunicipalityOutcome outcome = results.outcomes().get(entry.municipality().code());
            for (Item item : results.checklist().items()) {
                FinalScore score = outcome.scores().get(item.id());
                ObjectNode row = rows.addObject()
                        .put("kommunkod", outcome.kommunkod())
                        .put("area", item.areaId())
                        .put("item", item.id())
                        .put("source", score.source().key());
                if (score.score() instanceof se.webbgranskning.scoring.Score.Points points) {
                    row.put("score", points.value()).put("notApplicable", false);
                } else {
                    row.putNull("score").put("notApplicable", true);
                }
                row.put("reason", score.reason());
            }
        }
        return ResultJson.write(root);
    }
}
