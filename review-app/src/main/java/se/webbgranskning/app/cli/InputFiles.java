package se.webbgranskning.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens files named on the command line; a file that is missing or unreadable is a usage error. */
public final class InputFiles {

    private InputFiles() {
    }

    /** Far above any real score sheet or registry (a few hundred kB), low enough to read into memory. */
    public static final int MAX_TEXT_BYTES = 20 * 1024 * 1024;

    /**
     * A text file that must be UTF-8 (a BOM is kept for the caller to skip): a file in another encoding is refused
     * with the line of its first byte that is not UTF-8, rather than read with replacement characters in names.
     */
    public static String readUtf8(Path file) {
        byte[] bytes;
        try (InputStream in = open(file)) {
            bytes = in.readNBytes(MAX_TEXT_BYTES + 1);
        } catch (IOException e) {
            throw CliFailure.usage("Filen " + file + " kunde inte läsas: " + e.getMessage());
        }
        if (bytes.length > MAX_TEXT_BYTES) {
            throw CliFailure.failure("Filen " + file + " är för stor: högst " + MAX_TEXT_BYTES / (1024 * 1024)
                    + " MB läses.");
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length);
        CoderResult result = utf8.decode(input, output, true);
        if (result.isError()) {
            throw CliFailure.failure("Filen " + file + " är inte UTF-8: rad " + lineAt(bytes, input.position())
                    + " har ett tecken i en annan teckenkodning (eller filen är ingen textfil). Spara den som UTF-8,"
                    + " i Excel som \"CSV UTF-8\".");
        }
        utf8.flush(output);
        return output.flip().toString();
    }

    private static long lineAt(byte[] bytes, int position) {
        long line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    public static InputStream open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw CliFailure.usage("Filen " + file + " finns inte (eller är ingen vanlig fil).");
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw CliFailure.usage("Filen " + file + " kunde inte läsas: " + e.getMessage());
        }
    }
}
