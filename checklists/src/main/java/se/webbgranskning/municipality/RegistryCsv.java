package se.webbgranskning.municipality;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and validates the registry CSV ({@code kommunkod,namn,lanskod,lan,webbplats,folkmangd,folkmangd_ar}).
 * Collects every problem with its line, so that an edited copy can be fixed in one go.
 */
final class RegistryCsv {

    static final List<String> HEADER =
            List.of("kommunkod", "namn", "lanskod", "lan", "webbplats", "folkmangd", "folkmangd_ar");

    private static final Pattern CODE = Pattern.compile("\\d{4}");
    private static final Pattern COUNTY_CODE = Pattern.compile("\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d+");

    private final String source;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Long> lineOfCode = new HashMap<>();
    private final Map<String, Long> lineOfName = new HashMap<>();

    private RegistryCsv(String source) {
        this.source = source;
    }

    static List<Municipality> read(Reader reader, String source) throws RegistryFormatException {
        return new RegistryCsv(source).readAll(reader);
    }

    private List<Municipality> readAll(Reader reader) throws RegistryFormatException {
        List<Municipality> municipalities = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get())) {
            boolean header = true;
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (header) {
                    checkHeader(record, line);
                    header = false;
                    if (!problems.isEmpty()) {
                        break;
                    }
                    continue;
                }
                row(record, line).ifPresent(municipalities::add);
            }
            if (header) {
                problems.add(source + ": filen är tom (rubrikraden " + String.join(",", HEADER) + " saknas)");
            } else if (problems.isEmpty() && municipalities.isEmpty()) {
                problems.add(source + ": filen innehåller inga kommuner");
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(source + ": kunde inte läsas som CSV: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new RegistryFormatException(problems);
        }
        return municipalities;
    }

    private void checkHeader(CSVRecord record, long line) {
        List<String> found = new ArrayList<>();
        record.forEach(column -> found.add(column.replace("\uFEFF", "").strip()));
        if (found.equals(HEADER)) {
            return;
        }
        List<String> missing = new ArrayList<>(HEADER);
        missing.removeAll(found);
        List<String> unexpected = new ArrayList<>(found);
        unexpected.removeAll(HEADER);
        problems.add(at(line) + "rubrikraden ska vara " + String.join(",", HEADER)
                + (missing.isEmpty() ? "" : "; saknade kolumner: " + String.join(", ", missing))
                + (unexpected.isEmpty() ? "" : "; okända kolumner: " + String.join(", ", unexpected)));
    }

    private Optional<Municipality> row(CSVRecord record, long line) {
        if (record.size() != HEADER.size()) {
            problems.add(at(line) + "väntade " + HEADER.size() + " fält, fick " + record.size());
            return Optional.empty();
        }
        int before = problems.size();
        String code = record.get(0).strip();
        String name = record.get(1).strip();
        String countyCode = record.get(2).strip();
        String county = record.get(3).strip();
        if (!CODE.matcher(code).matches()) {
            problems.add(at(line) + "kommunkod '" + code + "' ska vara fyra siffror");
        } else {
            unique(lineOfCode, code, line, "kommunkoden " + code);
        }
        if (name.isEmpty()) {
            problems.add(at(line) + "namn saknas");
        } else {
            unique(lineOfName, name, line, "namnet " + name);
        }
        if (!COUNTY_CODE.matcher(countyCode).matches()) {
            problems.add(at(line) + "lanskod '" + countyCode + "' ska vara två siffror");
        } else if (CODE.matcher(code).matches() && !code.startsWith(countyCode)) {
            problems.add(at(line) + "lanskod " + countyCode + " stämmer inte med kommunkoden " + code
                    + " (de två första siffrorna)");
        }
        if (county.isEmpty()) {
            problems.add(at(line) + "län saknas");
        }
        Optional<URI> website = website(record.get(4).strip(), line);
        Optional<Population> population = population(record.get(5).strip(), record.get(6).strip(), line);
        if (problems.size() > before || website.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Municipality(code, name, countyCode, county, website.get(), population));
    }

    private void unique(Map<String, Long> seen, String key, long line, String what) {
        Long earlier = seen.putIfAbsent(key, line);
        if (earlier != null) {
            problems.add(at(line) + what + " finns redan på rad " + earlier);
        }
    }

    private Optional<URI> website(String text, long line) {
        try {
            URI uri = new URI(text);
            if ("https".equals(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank()) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add(at(line) + "webbplats '" + text + "' ska vara en fullständig https-adress, t.ex. https://www.kommun.se/");
        return Optional.empty();
    }

    private Optional<Population> population(String count, String year, long line) {
        if (count.isEmpty() && year.isEmpty()) {
            return Optional.empty();
        }
        if (count.isEmpty() || year.isEmpty()) {
            problems.add(at(line) + "folkmangd och folkmangd_ar ska båda vara ifyllda eller båda tomma");
            return Optional.empty();
        }
        if (!WHOLE_NUMBER.matcher(count).matches() || count.length() > 9 || Long.parseLong(count) <= 0) {
            problems.add(at(line) + "folkmängden '" + count + "' ska vara ett heltal större än 0");
            return Optional.empty();
        }
        if (!YEAR.matcher(year).matches() || Integer.parseInt(year) < 1900 || Integer.parseInt(year) > 2100) {
            problems.add(at(line) + "folkmangd_ar '" + year + "' ska vara ett årtal");
            return Optional.empty();
        }
        return Optional.of(new Population(Long.parseLong(count), Integer.parseInt(year)));
    }

    private String at(long line) {
        return source + " rad " + line + ": ";
    }
}
