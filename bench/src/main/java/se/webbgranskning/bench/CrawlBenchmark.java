package se.webbgranskning.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.webbgranskning.app.db.Database;
import se.webbgranskning.app.db.DatabaseSettings;
import se.webbgranskning.crawl.CrawlSettings;
import se.webbgranskning.crawl.SiteTarget;
import se.webbgranskning.crawl.index.PageIndex;
import se.webbgranskning.crawl.net.HostResolver;
import se.webbgranskning.crawl.run.CrawlProgress;
import se.webbgranskning.crawl.run.CrawlRound;
import se.webbgranskning.crawl.run.RoundResult;
import se.webbgranskning.crawl.run.SiteResult;
import se.webbgranskning.crawl.scope.ScopeRules;

/**
 * The crawl benchmark: a synthetic web of many municipalities on 127.0.0.1 (a separate process), crawled twice
 * by our crawler with one fixed per-host delay, and once by {@code wget --mirror --wait}. Prints wall time,
 * documents per second, peak heap and RSS, the politeness bound and the ratios against it and against wget,
 * and the bytes each round wrote. Usage: {@code CrawlBenchmark [SITES] [DELAY_MS]} (default 290 and 250).
 */
public final class CrawlBenchmark {

    private CrawlBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sites = args.length > 0 ? Integer.parseInt(args[0]) : 290;
        Duration delay = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 250);
        Path work = Files.createTempDirectory("crawl-benchmark");
        Process web = startWeb(sites);
        try (PeakMemory memory = new PeakMemory(); ThreadCpu threads = new ThreadCpu()) {
            List<Integer> ports = readPorts(web);
            List<SiteTarget> targets = new ArrayList<>();
            for (int i = 0; i < ports.size(); i++) {
                targets.add(new SiteTarget(String.format("%04d", 9000 + i), "Syntetkommun " + (i + 1),
                        URI.create("http://127.0.0.1:" + ports.get(i) + "/")));
            }
            CrawlSettings settings = new CrawlSettings(200, 6, 50L * 1024 * 1024, Duration.ofMinutes(10), delay,
                    Duration.ofSeconds(30), CrawlSettings.DEFAULT_USER_AGENT + " benchmark", sites, true);
            PageIndex index = index(work.resolve("data"));
            HostResolver resolver = HostResolver.system();

            Round first = crawl(web, threads, work.resolve("data"), index, settings, resolver, targets);
            Round second = crawl(web, threads, work.resolve("data"), index, settings, resolver, targets);
            Optional<WgetRun.Outcome> wget = WgetRun.run(ports, delay, work.resolve("wget"));

            report(sites, delay, first, second, wget, memory);
        } finally {
            web.destroyForcibly();
            deleteRecursively(work);
        }
    }

    /**
     * The WARC files, databases and wget copies of a run take hundreds of MiB; nothing of them is kept. A site's
     * frontier may still be closing in the background and write a last file meanwhile: then the walk is repeated.
     */
    private static void deleteRecursively(Path dir) throws java.io.IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
                return;
            } catch (java.nio.file.DirectoryNotEmptyException | java.nio.file.NoSuchFileException e) {
                if (attempt == 5) {
                    throw e;
                }
                Thread.sleep(1000);
            }
        }
    }

    /** A round's result, its wall time and the CPU time it took in the crawler's JVM and in the synthetic web. */
    private record Round(RoundResult result, Duration wall, Duration crawlerCpu, ThreadCpu.Split crawlerSplit,
                         Duration webCpu) {
        long documents() {
            return result.sites().stream().mapToLong(s -> s.pages() + s.pdfs()).sum();
        }

        long bytesWritten() {
            return result.sites().stream().mapToLong(SiteResult::bytesWritten).sum();
        }

        /** Documents of the largest site, robots.txt included (both crawlers fetch it). */
        long largestSite() {
            return result.sites().stream().mapToLong(s -> s.pages() + s.pdfs() + 1).max().orElse(0);
        }
    }

    /** CPU time (user and system, all threads) a process has used so far; zero where the OS does not say. */
    private static Duration processCpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static Round crawl(Process web, ThreadCpu threads, Path dataDir, PageIndex index, CrawlSettings settings,
                               HostResolver resolver, List<SiteTarget> targets) throws InterruptedException {
        long start = System.nanoTime();
        Duration crawlerCpu = processCpu(ProcessHandle.current());
        Duration webCpu = processCpu(web.toHandle());
        ThreadCpu.Split split = threads.now();
        RoundResult result = new CrawlRound(dataDir, index, settings, ScopeRules.bundled(), resolver,
                Clock.systemUTC()).start(targets, CrawlProgress.silent());
        return new Round(result, Duration.ofNanos(System.nanoTime() - start),
                processCpu(ProcessHandle.current()).minus(crawlerCpu), threads.now().minus(split),
                processCpu(web.toHandle()).minus(webCpu));
    }

    private static void report(int sites, Duration delay, Round first, Round second, Optional<WgetRun.Outcome> wget,
                               PeakMemory memory) {
        double bound = first.largestSite() * delay.toMillis() / 1000.0;
        double ours = seconds(first.wall());
        long peakHeap = Math.max(memory.peakHeapSampled(), 0);
        System.out.printf(Locale.ROOT, "Synthetic web: %d sites on 127.0.0.1, each %d HTML pages and %d PDFs"
                + " (+ robots.txt), per-host delay %d ms%n", sites, SyntheticSite.HTML_PAGES,
                SyntheticSite.PDFS.length, delay.toMillis());
        System.out.printf(Locale.ROOT, "Politeness bound: largest site %d documents x %d ms = %.2f s%n",
                first.largestSite(), delay.toMillis(), bound);
        System.out.printf(Locale.ROOT, "Round 1 (ours): %.2f s = %.2f x bound; %d documents, %.0f documents/s;"
                + " %s written; failures %d%n", ours, ours / bound, first.documents(), first.documents() / ours,
                mib(first.bytesWritten()), first.result().sites().stream().mapToInt(SiteResult::failureCount).sum());
        System.out.printf(Locale.ROOT, "Round 2 (ours, unchanged web): %.2f s; %s written = %.1f %% of round 1%n",
                seconds(second.wall()), mib(second.bytesWritten()),
                100.0 * second.bytesWritten() / Math.max(1, first.bytesWritten()));
        for (Round round : List.of(first, second)) {
            System.out.printf(Locale.ROOT, "CPU, round %d: crawler %.1f s = %.2f ms per document (of it JIT compilers"
                    + " %.1f s, garbage collector %.1f s), synthetic web %.1f s%n", round == first ? 1 : 2,
                    seconds(round.crawlerCpu()), seconds(round.crawlerCpu()) * 1000 / Math.max(1, round.documents()),
                    seconds(round.crawlerSplit().jit()), seconds(round.crawlerSplit().gc()), seconds(round.webCpu()));
        }
        System.out.printf(Locale.ROOT, "Peak heap: %s live (after a collection), %s in use incl. garbage (max heap"
                + " %s); peak RSS: %s%n", mib(memory.peakHeapAfterGc()), mib(peakHeap), mib(PeakMemory.maxHeap()),
                PeakMemory.peakRss().map(CrawlBenchmark::mib).orElse("unknown"));
        if (wget.isPresent()) {
            double w = seconds(wget.get().wall());
            System.out.printf(Locale.ROOT, "wget --mirror --wait=%.3f (%d processes at once): %.2f s = %.2f x bound;"
                    + " %d files; %d processes failed; ours / wget = %.2f%n", delay.toMillis() / 1000.0, sites, w,
                    w / bound, wget.get().files(), wget.get().failedProcesses(), ours / w);
        } else {
            System.out.println("wget: not installed, no baseline (apt-get install wget)");
        }
        System.out.println("Targets:");
        target("within 1.3 x the politeness bound", ours <= 1.3 * bound);
        wget.ifPresent(w -> target("faster than wget", ours < seconds(w.wall())));
        target("peak heap (live) under 1 GiB", memory.peakHeapAfterGc() < 1024L * 1024 * 1024);
        target("re-crawl stores under 10 % of the first round's bytes",
                second.bytesWritten() < first.bytesWritten() / 10);
    }

    private static void target(String what, boolean met) {
        System.out.printf("  %-55s %s%n", what, met ? "met" : "NOT MET");
    }

    private static Process startWeb(int sites) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                SyntheticWeb.class.getName(), Integer.toString(sites))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static List<Integer> readPorts(Process web) throws Exception {
        BufferedReader reader = new BufferedReader(new InputStreamReader(web.getInputStream(), StandardCharsets.UTF_8));
        String line = reader.readLine();
        if (line == null || !line.startsWith("PORTS ")) {
            throw new IllegalStateException("the synthetic web did not start: " + line);
        }
        return Arrays.stream(line.substring(6).split(",")).map(Integer::parseInt).toList();
    }

    /** The page index on the database the {@code crawl} command opens: the same pool, settings and migrations. */
    private static PageIndex index(Path dataDir) {
        return new PageIndex(Database.open(DatabaseSettings.embedded(dataDir)));
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
