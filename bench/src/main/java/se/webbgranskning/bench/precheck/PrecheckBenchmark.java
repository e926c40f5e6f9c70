package se.webbgranskning.bench.precheck;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import se.webbgranskning.app.db.Database;
import se.webbgranskning.app.db.DatabaseSettings;
import se.webbgranskning.bench.PeakMemory;
import se.webbgranskning.checklist.BundledChecklists;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.crawl.index.PageIndex;
import se.webbgranskning.crawl.precheck.PrecheckInputReader;
import se.webbgranskning.crawl.precheck.RoundPrecheck;

/**
 * The pre-check benchmark: a synthetic crawl round of MUNICIPALITIES × about PAGES documents in a fresh data
 * directory, then the pre-check of every municipality with the newest bundled checklist, as the admin re-runs it
 * after a checklist change. Measured in the same run: only reading every snapshot from the page index (the floor
 * any pre-check pays), the pre-check on one thread and on all cores. Prints pages, wall time, pages/s, peak heap,
 * the set-up time, the ratios, whether both runs gave the same suggestions, and whether the target is met.
 * Usage: {@code PrecheckBenchmark [MUNICIPALITIES] [PAGES]} (default 290 and 300).
 */
public final class PrecheckBenchmark {

    /** The target: the whole round in under two minutes on the project's 2-core machine. */
    private static final double TARGET_SECONDS = 120;
    /** A fixed snapshot day, so that every run builds and judges the same round ("current year", "12 months"). */
    private static final LocalDate SNAPSHOT_DAY = LocalDate.of(2026, 11, 2);
    private static final int WARM_UP_MUNICIPALITIES = 10;

    private PrecheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int municipalities = args.length > 0 ? Integer.parseInt(args[0]) : 290;
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int cores = Runtime.getRuntime().availableProcessors();
        Path data = Files.createTempDirectory("wg-precheck-bench");
        try {
            Jdbi jdbi = Database.open(DatabaseSettings.embedded(data));
            long setUpStart = System.nanoTime();
            SyntheticRound.Built round = new SyntheticRound(new PageIndex(jdbi), SNAPSHOT_DAY)
                    .build(municipalities, pages, cores);
            double setUp = seconds(setUpStart);
            long textChars = jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(SUM(text_length), 0) FROM crawl_page"
                    + " WHERE round_id = :r").bind("r", round.roundId()).mapTo(Long.class).one());
            System.out.printf(Locale.ROOT, "Set-up: %d municipalities, %d documents (%d PDFs), %.1f million characters"
                            + " of text, built and indexed in %.1f s (not part of the figures below)%n", municipalities,
                    round.documents(), round.pdfs(), textChars / 1e6, setUp);
            measure(jdbi, round, cores);
        } finally {
            deleteRecursively(data);
        }
    }

    private static void measure(Jdbi jdbi, SyntheticRound.Built round, int cores) {
        Checklist checklist = BundledChecklists.load(BundledChecklists.ids().get(BundledChecklists.ids().size() - 1))
                .orElseThrow();
        RoundPrecheck precheck = new RoundPrecheck(jdbi);
        List<String> codes = round.codes();

        long warmStart = System.nanoTime();
        precheck.run(round.roundId(), codes.subList(0, Math.min(WARM_UP_MUNICIPALITIES, codes.size())), checklist, 1);
        System.out.printf(Locale.ROOT, "Warm-up (JIT; not measured): %d municipalities in %.1f s%n",
                Math.min(WARM_UP_MUNICIPALITIES, codes.size()), seconds(warmStart));

        try (PeakMemory memory = new PeakMemory()) {
            PrecheckInputReader reader = new PrecheckInputReader(jdbi);
            long readStart = System.nanoTime();
            long pagesRead = codes.stream().mapToLong(code -> reader.read(round.roundId(), code).orElseThrow()
                    .pages().size()).sum();
            double read = seconds(readStart);

            long singleStart = System.nanoTime();
            List<RoundPrecheck.Result> single = precheck.run(round.roundId(), codes, checklist, 1);
            double oneThread = seconds(singleStart);

            long parallelStart = System.nanoTime();
            List<RoundPrecheck.Result> parallel = precheck.run(round.roundId(), codes, checklist, cores);
            double allCores = seconds(parallelStart);

            long pages = parallel.stream().mapToLong(RoundPrecheck.Result::pages).sum();
            SuggestionSummary summary = SuggestionSummary.of(parallel);
            report(checklist, codes.size(), pages, pagesRead, read, oneThread, allCores, cores, summary,
                    single.equals(parallel), memory);
        }
    }

    private static void report(Checklist checklist, int municipalities, long pages, long pagesRead, double read,
                               double oneThread, double allCores, int cores, SuggestionSummary summary,
                               boolean identical, PeakMemory memory) {
        System.out.printf(Locale.ROOT, "Checklist %s: %d items × %d municipalities; %d pages with text pre-checked%n",
                checklist.id(), checklist.items().size(), municipalities, pages);
        System.out.printf(Locale.ROOT, "Suggestions: %s; digest %s%n", summary.verdicts(), summary.digest());
        System.out.printf(Locale.ROOT, "%-44s %9s %9s %12s%n", "run", "wall s", "pages/s", "x read-only");
        row("baseline: read every snapshot only (1 thread)", read, pagesRead, read);
        row("pre-check, 1 thread", oneThread, pages, read);
        row("pre-check, " + cores + " threads (as the admin runs it)", allCores, pages, read);
        System.out.printf(Locale.ROOT, "Speed-up of %d threads over 1: %.2f; suggestions of both runs %s%n", cores,
                oneThread / allCores, identical ? "identical" : "DIFFERENT");
        System.out.printf(Locale.ROOT, "Peak heap during the runs: %s live (after a collection), %s in use incl."
                        + " garbage (max heap %s); peak RSS %s%n", mib(memory.peakHeapAfterGc()),
                mib(memory.peakHeapSampled()), mib(PeakMemory.maxHeap()),
                PeakMemory.peakRss().map(PrecheckBenchmark::mib).orElse("unknown"));
        System.out.printf(Locale.ROOT, "Target: whole round in under %.0f s on %d threads: %s (%.1f s)%s%n",
                TARGET_SECONDS, cores, allCores < TARGET_SECONDS ? "met" : "NOT MET", allCores,
                municipalities < 290 ? " (but this run is smaller than the 290 municipalities the target is for)" : "");
    }

    private static void row(String label, double wall, long pages, double read) {
        System.out.printf(Locale.ROOT, "%-44s %9.1f %9.0f %12.2f%n", label, wall, pages / wall, wall / read);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    /** The database of a run takes hundreds of MiB; nothing of it is kept. */
    private static void deleteRecursively(Path dir) throws java.io.IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
