package se.webbgranskning.app.municipalities;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import se.webbgranskning.app.scoring.SpreadsheetCells;

import se.webbgranskning.municipality.Municipality;
import se.webbgranskning.municipality.MunicipalityRegistry;
import se.webbgranskning.municipality.SizeClass;

/** Prints the registry as an aligned table or as CSV for Swedish Excel. */
final class MunicipalityListing {

    static final String UNKNOWN = "okänd";

    private MunicipalityListing() {
    }

    static void table(MunicipalityRegistry registry, PrintWriter out) {
        out.printf("%-4s  %-18s  %-22s  %10s  %-4s  %-18s  %s%n",
                "Kod", "Kommun", "Län", "Folkmängd", "År", "Storleksklass", "Webbplats");
        for (Municipality municipality : registry.all()) {
            out.printf("%-4s  %-18s  %-22s  %10s  %-4s  %-18s  %s%n",
                    municipality.code(), municipality.name(), municipality.county(),
                    municipality.population().map(p -> String.format("%,d", p.inhabitants()).replace(',', ' ')).orElse("–"),
                    municipality.population().map(p -> Integer.toString(p.year())).orElse("–"),
                    municipality.sizeClass().map(SizeClass::label).orElse(UNKNOWN),
                    municipality.website());
        }
        out.printf("%d kommuner i %d län.%n", registry.size(), registry.counties().size());
    }

    static void csv(MunicipalityRegistry registry, PrintWriter out) {
        out.print('\uFEFF');
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        try {
            CSVPrinter printer = new CSVPrinter(out, format);
            printer.printRecord("kommunkod", "kommun", "lan", "webbplats", "folkmangd", "folkmangd_ar", "storleksklass");
            for (Municipality municipality : registry.all()) {
                printer.printRecord(SpreadsheetCells.safe(municipality.code(), municipality.name(),
                        municipality.county(), municipality.website().toString(),
                        municipality.population().map(p -> Long.toString(p.inhabitants())).orElse(""),
                        municipality.population().map(p -> Integer.toString(p.year())).orElse(""),
                        municipality.sizeClass().map(SizeClass::label).orElse(UNKNOWN)));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
