package se.webbgranskning.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens files named on the command line; a file that is missing or unreadable is a usage error. */
public final class InputFiles {

    private InputFiles() {
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
