package se.webbgranskning.municipality;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Statistics Sweden's population table (Statistikdatabasen, BE0101N1 "Folkmängd efter region och år") as exported
 * to CSV: a region column with values like {@code 0114 Upplands Väsby} and one column per year. Exports vary, so the
 * reader finds the header row itself (title lines may precede it), detects the delimiter and the encoding, and
 * skips regions that are not municipalities (the country, the counties).
 */
public final class ScbPopulationTable {

    private static final Pattern YEAR_IN_HEADER = Pattern.compile("\\b(19\\d{2}|20\\d{2})\\b");
    private static final Pattern REGION = Pattern.compile("^(\\d+)\\s*(.*)$");

    /** One data row: its line, region code, the name SCB gives, and the raw value per year. */
    private record Row(long line, String code, String name, Map<Integer, String> valueByYear) {
    }

    private final String source;
    private final List<Integer> years;
    private final List<Row> rows;

    private ScbPopulationTable(String source, List<Integer> years, List<Row> rows) {
        this.source = source;
        this.years = years;
        this.rows = rows;
    }

    /** @throws PopulationFormatException when no header row with a region column and year columns is found */
    public static ScbPopulationTable parse(InputStream in, String sourceName) throws IOException, PopulationFormatException {
        String text = TextDecoding.decode(in.readAllBytes());
        List<String> lines = text.lines().toList();
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            char delimiter = delimiterOf(line);
            List<String> header = fields(line, delimiter);
            int regionColumn = indexOfRegion(header);
            Map<Integer, Integer> yearColumns = yearColumns(header);
            if (regionColumn >= 0 && !yearColumns.isEmpty()) {
                List<Row> rows = rows(lines, index + 1, delimiter, regionColumn, yearColumns);
                return new ScbPopulationTable(sourceName, List.copyOf(yearColumns.keySet()), rows);
            }
        }
        throw new PopulationFormatException(List.of(sourceName + ": ingen rubrikrad med en kolumn 'region' och"
                + " kolumner för år (t.ex. \"region\",\"2024\") hittades. Exportera tabellen som CSV med regionen som"
                + " rader och åren som kolumner."));
    }

    /** The years the table has columns for, oldest first. */
    public List<Integer> years() {
        return years;
    }

    /**
     * Picks one year (the newest unless given) and validates it against the registry: every code known, every
     * municipality covered exactly once, every figure a whole number above 0.
     */
    public PopulationImport select(OptionalInt requestedYear, MunicipalityRegistry registry) throws PopulationFormatException {
        int year = requestedYear.orElse(years.get(years.size() - 1));
        if (!years.contains(year)) {
            throw new PopulationFormatException(List.of(source + ": året " + year + " finns inte i tabellen (år i filen: "
                    + years.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")"));
        }
        List<String> problems = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<String, Population> figures = new TreeMap<>();
        Map<String, Long> lineOfCode = new HashMap<>();
        for (Row row : rows) {
            if (row.code().length() != 4) {
                skipped.add(row.code() + " " + row.name());
                continue;
            }
            String at = source + " rad " + row.line() + ": ";
            if (registry.byCode(row.code()).isEmpty()) {
                problems.add(at + "kommunkoden " + row.code() + " (" + row.name() + ") finns inte i kommunregistret");
                continue;
            }
            Long earlier = lineOfCode.putIfAbsent(row.code(), row.line());
            if (earlier != null) {
                problems.add(at + "kommunen " + row.code() + " finns redan på rad " + earlier + "; exportera en rad per"
                        + " kommun (totalt, inte uppdelat på kön eller ålder)");
                continue;
            }
            String raw = row.valueByYear().getOrDefault(year, "");
            String digits = raw.replaceAll("[\\s\u00A0\u202F]", "");
            if (!digits.matches("\\d{1,9}") || Long.parseLong(digits) <= 0) {
                problems.add(at + "folkmängden för " + row.code() + " år " + year + " är '" + raw
                        + "'; den ska vara ett heltal större än 0");
                continue;
            }
            figures.put(row.code(), new Population(Long.parseLong(digits), year));
        }
        List<String> missing = registry.all().stream()
                .filter(municipality -> !lineOfCode.containsKey(municipality.code()))
                .map(municipality -> municipality.code() + " " + municipality.name())
                .toList();
        if (!missing.isEmpty()) {
            problems.add(source + ": " + missing.size() + " kommuner i registret saknas i tabellen: " + String.join(", ", missing));
        }
        if (!problems.isEmpty()) {
            throw new PopulationFormatException(problems);
        }
        return new PopulationImport(year, figures, skipped);
    }

    private static List<Row> rows(List<String> lines, int first, char delimiter, int regionColumn,
            Map<Integer, Integer> yearColumns) {
        List<Row> rows = new ArrayList<>();
        for (int index = first; index < lines.size(); index++) {
            List<String> fields = fields(lines.get(index), delimiter);
            if (fields.size() <= regionColumn) {
                continue;
            }
            Matcher region = REGION.matcher(fields.get(regionColumn).strip());
            if (!region.matches()) {
                continue; // blank lines and footnotes after the data
            }
            Map<Integer, String> values = new HashMap<>();
            yearColumns.forEach((year, column) -> values.put(year, column < fields.size() ? fields.get(column).strip() : ""));
            rows.add(new Row(index + 1L, region.group(1), region.group(2).strip(), values));
        }
        return rows;
    }

    private static char delimiterOf(String line) {
        long semicolons = line.chars().filter(c -> c == ';').count();
        long tabs = line.chars().filter(c -> c == '\t').count();
        long commas = line.chars().filter(c -> c == ',').count();
        if (tabs > 0 && tabs >= semicolons && tabs >= commas) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static List<String> fields(String line, char delimiter) {
        try (CSVParser parser = CSVParser.parse(new StringReader(line),
                CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
            List<String> fields = new ArrayList<>();
            for (CSVRecord record : parser) {
                record.forEach(fields::add);
            }
            return fields;
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of(); // a line that is not CSV (e.g. a footnote with a stray quote) is no data row
        }
    }

    private static int indexOfRegion(List<String> header) {
        for (int column = 0; column < header.size(); column++) {
            if (header.get(column).toLowerCase(Locale.ROOT).contains("region")) {
                return column;
            }
        }
        return -1;
    }

    /** Year → column, for header cells such as "2024" or "Folkmängd 2024", sorted by year. */
    private static Map<Integer, Integer> yearColumns(List<String> header) {
        Map<Integer, Integer> columns = new TreeMap<>();
        for (int column = 0; column < header.size(); column++) {
            Matcher year = YEAR_IN_HEADER.matcher(header.get(column));
            if (year.find() && !header.get(column).toLowerCase(Locale.ROOT).contains("region")) {
                columns.put(Integer.parseInt(year.group(1)), column);
            }
        }
        return columns;
    }
}
