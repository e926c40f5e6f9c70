package se.webbgranskning.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;


/** Writes an output file whole or not at all, so that a failed run never leaves half a result behind. */
public final class OutputFiles {

    private OutputFiles() {
    }

    public static void writeAtomically(Path target, String content) {
        Path absolute = target.toAbsolutePath();
        try {
            Path directory = absolute.getParent();
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
            try {
                Files.writeString(temporary, content, StandardCharsets.UTF_8);
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw CliFailure.failure("Kunde inte skriva " + target + ": " + e.getMessage(), e);
        }
    }
}
