package se.webbgranskning.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.webbgranskning.app.cli.CliFailure;

class DemoDirectoryTest {

    @TempDir
    Path root;

    @Test
    void aNewDirectoryIsCreatedAndMarked() {
        Path demo = root.resolve("demo-data");

        DemoDirectory.prepare(demo);

        assertThat(demo.resolve(DemoDirectory.MARKER)).exists();
    }

    @Test
    void anEarlierDemoIsClearedForAFreshOne() throws IOException {
        Path demo = root.resolve("demo-data");
        DemoDirectory.prepare(demo);
        Files.createDirectories(demo.resolve("warc/2026-11-24-1"));
        Files.writeString(demo.resolve("warc/2026-11-24-1/x.warc.gz"), "gammalt");

        DemoDirectory.prepare(demo);

        assertThat(demo.resolve("warc")).doesNotExist();
        assertThat(demo.resolve(DemoDirectory.MARKER)).exists();
    }

    @Test
    void aDirectoryWithOtherDataIsNeverTouched() throws IOException {
        Path real = root.resolve("data");
        Files.createDirectories(real);
        Files.writeString(real.resolve("webbgranskning.mv.db"), "riktiga granskningar");

        assertThatThrownBy(() -> DemoDirectory.prepare(real)).isInstanceOf(CliFailure.class)
                .hasMessageContaining("lämnas orörd");
        assertThat(real.resolve("webbgranskning.mv.db")).hasContent("riktiga granskningar");
    }
}
