package se.webbgranskning.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import gg.jte.output.Utf8ByteOutput;

class RenderedChunksTest {

    /** Far longer than one chunk of the small output below, with characters of one, two and three bytes. */
    private static final String PAGE = "<p>Hemtjänst – ansökan, avgifter och utförare.</p>\n".repeat(400);

    @Test
    void readsEveryChunkInOrderWhateverTheReadSize() throws Exception {
        for (int readSize : new int[] {1, 7, 100, 8192, 1 << 20}) {
            assertThat(new String(readAll(chunks(), readSize), StandardCharsets.UTF_8)).as("reads of %d", readSize)
                    .isEqualTo(PAGE);
        }
    }

    @Test
    void resetGoesBackToTheMarkAsJavalinsResultNeedsIt() throws Exception {
        RenderedChunks body = chunks();
        assertThat(body.markSupported()).isTrue();
        body.mark(Integer.MAX_VALUE);
        assertThat(readAll(body, 333)).hasSize(PAGE.getBytes(StandardCharsets.UTF_8).length);
        assertThat(body.read()).isEqualTo(-1);
        assertThat(body.available()).isZero();

        body.reset();

        assertThat(body.available()).isEqualTo(PAGE.getBytes(StandardCharsets.UTF_8).length);
        assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    }

    @Test
    void anEmptyPageIsAnEmptyBody() {
        assertThat(new RenderedChunks(new Utf8ByteOutput()).read()).isEqualTo(-1);
    }

    private static RenderedChunks chunks() {
        Utf8ByteOutput output = new Utf8ByteOutput(64);
        output.writeContent(PAGE);
        return new RenderedChunks(output);
    }

    private static byte[] readAll(InputStream in, int readSize) throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[readSize];
        for (int n; (n = in.read(buffer, 0, readSize)) >= 0; ) {
            all.write(buffer, 0, n);
        }
        return all.toByteArray();
    }
}
