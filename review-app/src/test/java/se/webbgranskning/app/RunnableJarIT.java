package se.webbgranskning.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged {@code webbgranskning.jar} runs the README's main job as a user would, in a separate JVM. */
class RunnableJarIT {

    private static final Path JAR = Path.of("target", "webbgranskning.jar");
    private static final Path DEMO_SCORES = Path.of("..", "examples", "demo-scores.csv");

    @TempDir
    Path directory;

    private record Run(int exitCode, String out, String err) {
    }

    private Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = directory.resolve("out.txt");
        Path err = directory.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void readmeMainJobScoresTheDemoReviews() throws Exception {
        Run run = java("score", "--checklist", "delindex1-2026", "--input", DEMO_SCORES.toString(),
                "--data", directory.resolve("data").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(9);
        assertThat(lines.get(0)).startsWith("\uFEFFkommunkod;kommun;lan;storleksklass;");
        assertThat(lines.subList(1, 9)).allSatisfy(line -> assertThat(line).matches("\\d{4};[^;]+;Stockholms län;.*;delindex1-2026"));
        assertThat(lines.get(1)).contains(";1;1;delindex1-2026");
    }

    @Test
    void exitCodesReachTheShell() throws Exception {
        assertThat(java("--version").exitCode()).isZero();
        assertThat(java("--nonsense").exitCode()).isEqualTo(2);
        Run bad = java("checklist", "validate", DEMO_SCORES.toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("Checklistan är ogiltig");
    }
}
