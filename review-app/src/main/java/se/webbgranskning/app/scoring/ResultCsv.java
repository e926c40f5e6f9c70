package se.webbgranskning.app.scoring;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.numbers.fraction.BigFraction;

import se.webbgranskning.checklist.Area;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.municipality.Municipality;
import se.webbgranskning.municipality.SizeClass;
import se.webbgranskning.scoring.AreaFulfilment;
import se.webbgranskning.scoring.MunicipalityRanking;

/**
 * The result table as CSV for Swedish Excel: semicolon-separated, UTF-8 with BOM, decimal comma, CRLF.
 * Unknown values (size class without population, areas without applicable items) are empty cells.
 */
public final class ResultCsv {

    private ResultCsv() {
    }

    public static String render(Checklist checklist, MunicipalityRanking.Table table) {
        return render(checklist, table, null);
    }

    /** With {@code roundName} (not null), every row also names the review round, in a last column "omgang". */
    public static String render(Checklist checklist, MunicipalityRanking.Table table, String roundName) {
        StringWriter text = new StringWriter().append('\uFEFF');
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        try (CSVPrinter printer = new CSVPrinter(text, format)) {
            List<String> header = header(checklist);
            if (roundName != null) {
                header.add("omgang");
            }
            printer.printRecord(header);
            for (MunicipalityRanking.RankedEntry entry : table.entries()) {
                List<String> row = row(checklist, entry);
                if (roundName != null) {
                    row.add(roundName);
                }
                printer.printRecord(SpreadsheetCells.safe(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static List<String> header(Checklist checklist) {
        List<String> header = new ArrayList<>(List.of(
                "kommunkod", "kommun", "lan", "storleksklass", "folkmangd", "folkmangd_ar"));
        for (Area area : checklist.areas()) {
            header.add("omrade_" + area.id() + "_procent");
        }
        header.addAll(List.of("delindex1", "delindex1_exakt", "rang", "rang_storleksklass", "checklista"));
        return header;
    }

    private static List<String> row(Checklist checklist, MunicipalityRanking.RankedEntry entry) {
        Municipality municipality = entry.municipality();
        List<String> row = new ArrayList<>(List.of(
                municipality.code(),
                municipality.name(),
                municipality.county(),
                municipality.sizeClass().map(SizeClass::label).orElse(""),
                municipality.population().map(p -> Long.toString(p.inhabitants())).orElse(""),
                municipality.population().map(p -> Integer.toString(p.year())).orElse("")));
        for (AreaFulfilment area : entry.result().areas()) {
            row.add(area.fulfilment().map(f -> Numbers.swedish(f.multiply(100), 1)).orElse(""));
        }
        BigFraction score = entry.result().exactScore();
        row.add(Numbers.swedish(score, 1));
        row.add(Numbers.swedish(score, 6));
        row.add(Integer.toString(entry.rank()));
        row.add(entry.sizeClassRank().isPresent() ? Integer.toString(entry.sizeClassRank().getAsInt()) : "");
        row.add(checklist.id());
        return row;
    }
}
