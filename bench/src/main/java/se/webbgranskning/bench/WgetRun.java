package se.webbgranskning.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The baseline: {@code wget --mirror --wait} on every site at once, one process per site, as in the issue. */
final class WgetRun {

    record Outcome(Duration wall, long files, int failedProcesses) {
    }

    private WgetRun() {
    }

    static Optional<Outcome> run(List<Integer> ports, Duration delay, Path dir) throws IOException,
            InterruptedException {
        if (!onPath("wget")) {
            return Optional.empty();
        }
        String wait = String.format(java.util.Locale.ROOT, "%.3f", delay.toMillis() / 1000.0);
        long start = System.nanoTime();
        List<Process> processes = new ArrayList<>();
        for (int port : ports) {
            processes.add(new ProcessBuilder("wget", "--mirror", "--wait=" + wait, "--no-verbose", "--tries=1",
                    "--directory-prefix=" + dir.resolve(Integer.toString(port)), "http://127.0.0.1:" + port + "/")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
        }
        int failed = 0;
        for (Process process : processes) {
            if (process.waitFor() != 0) {
                failed++;
            }
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        long files;
        try (Stream<Path> all = Files.walk(dir)) {
            files = all.filter(Files::isRegularFile).count();
        }
        return Optional.of(new Outcome(wall, files, failed));
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
