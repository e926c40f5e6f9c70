package se.webbgranskning.crawl.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.netpreserve.jwarc.WarcReader;

/** Runs jwarc's own {@code validate} command on WARC files in a separate JVM, as an independent reader would. */
final class JwarcValidator {

    record Outcome(int exitCode, String output) {
    }

    private JwarcValidator() {
    }

    static List<Path> warcFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".warc.gz")).sorted().toList();
        }
    }

    static Outcome validate(List<Path> files) throws Exception {
        String jwarcJar = Path.of(WarcReader.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", jwarcJar,
                "org.netpreserve.jwarc.tools.WarcTool", "validate"));
        files.forEach(f -> command.add(f.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Outcome(-1, output + "\n(timed out)");
        }
        return new Outcome(process.exitValue(), output);
    }
}
