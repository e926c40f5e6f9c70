package se.webbgranskning.app.results;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import se.webbgranskning.app.NotFound;
import se.webbgranskning.app.review.Evidence;
import se.webbgranskning.app.review.ReviewRound;
import se.webbgranskning.app.web.Templates;
import se.webbgranskning.crawl.index.ArchivedCapture;
import se.webbgranskning.crawl.index.PageIndex;
import se.webbgranskning.crawl.wacz.ListedPage;
import se.webbgranskning.crawl.wacz.WaczContents;
import se.webbgranskning.crawl.wacz.WaczWriter;

/**
 * A municipality's evidence bundle: a zip holding its snapshot as a WACZ file (which ReplayWeb.page opens without
 * this application, listing the cited pages first) and its report as one self-contained HTML file.
 */
public final class EvidenceBundles {

    private final PageIndex pageIndex;
    private final Reports reports;
    private final Templates templates;
    private final WaczWriter wacz;

    public EvidenceBundles(PageIndex pageIndex, Reports reports, Templates templates, Path warcRoot, Clock clock) {
        this.pageIndex = pageIndex;
        this.reports = reports;
        this.templates = templates;
        this.wacz = new WaczWriter(warcRoot, clock);
    }

    /** The name the bundle is offered under, e.g. {@code bevispaket-omgang-3-0114.zip}. */
    public static String fileName(ReviewRound round, String kommunkod) {
        return "bevispaket-omgang-" + round.reviewRoundId() + "-" + kommunkod + ".zip";
    }

    /**
     * Writes the bundle; the municipality must have a final result in the round. The report compares only with
     * published earlier rounds: the file may leave the project.
     */
    public void write(ReviewRound round, String kommunkod, OutputStream out) throws IOException {
        MunicipalityReport report = reports.report(round, kommunkod, true)
                .orElseThrow(() -> new NotFound("Kommunen har inget slutligt resultat i omgången ännu."));
        List<ArchivedCapture> captures = pageIndex.archivedCaptures(round.crawlRoundId(), kommunkod);
        Path directory = Files.createTempDirectory("wg-bevispaket");
        Path snapshot = directory.resolve(kommunkod + ".wacz");
        try {
            wacz.write(new WaczContents(report.name() + " – " + round.name(),
                    "Ögonblicksbild " + round.crawlRoundId() + " av " + report.name() + " (kommunkod " + kommunkod
                            + "), granskad mot checklistan " + round.checklistId() + ". De citerade sidorna listas först.",
                    captures, listedPages(report, captures)), snapshot);
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(kommunkod + "-ogonblicksbild.wacz"));
                Files.copy(snapshot, zip);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(kommunkod + "-rapport.html"));
                zip.write(templates.render("results/report_file.jte", Map.of("report", report, "css", css()))
                        .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } finally {
            Files.deleteIfExists(snapshot);
            Files.deleteIfExists(directory);
        }
    }

    /**
     * The cited pages in item order, each once, then the start page when nothing was cited; only pages the
     * bundle captures can be listed.
     */
    private static List<ListedPage> listedPages(MunicipalityReport report, List<ArchivedCapture> captures) {
        List<String> captured = captures.stream().filter(ArchivedCapture::isCapture).map(ArchivedCapture::url).toList();
        Map<String, ListedPage> pages = new LinkedHashMap<>();
        for (MunicipalityReport.ItemLine line : report.items()) {
            for (Evidence cited : line.evidence()) {
                if (captured.contains(cited.pageUrl())) {
                    pages.putIfAbsent(cited.pageUrl(), new ListedPage(cited.pageUrl(),
                            cited.pageTitle() == null ? "" : cited.pageTitle()));
                }
            }
        }
        if (pages.isEmpty() && !captured.isEmpty()) {
            pages.put(captured.get(0), new ListedPage(captured.get(0), ""));
        }
        return new ArrayList<>(pages.values());
    }

    private static String css() {
        try (InputStream in = EvidenceBundles.class.getResourceAsStream("/web/static/app.css")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
