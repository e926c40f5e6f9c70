package se.webbgranskning.crawl.precheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The labelled set {@code precheck/labels.csv}: what a reviewer would score each item of each fixture snapshot. */
final class PrecheckLabels {

    /** One label; {@code expected} is a {@link Verdict} name or NOT_APPLICABLE. */
    record Label(String kommunkod, String item, String expected, String comment) {

        boolean positive() {
            return expected.equals(Verdict.LIKELY_PRESENT.name());
        }
    }

    private PrecheckLabels() {
    }

    static List<Label> load() {
        try (InputStream in = PrecheckLabels.class.getResourceAsStream("/precheck/labels.csv")) {
            List<Label> labels = new ArrayList<>();
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] fields = line.split(";", 4);
                if (fields.length != 4 || !List.of("LIKELY_PRESENT", "PARTLY", "NOT_FOUND", "NOT_APPLICABLE")
                        .contains(fields[2])) {
                    throw new IllegalStateException("labels.csv: bad line: " + line);
                }
                labels.add(new Label(fields[0], fields[1], fields[2], fields[3]));
            }
            return labels;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
