package se.webbgranskning.app.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import se.webbgranskning.app.cli.CliFailure;

/**
 * The demo's data directory, fresh for every run. An earlier demo's directory (it carries a marker file) is
 * cleared; any other non-empty directory is refused, so that the demo can never delete real review data.
 */
final class DemoDirectory {

    static final String MARKER = ".webbgranskning-demo";

    private DemoDirectory() {
    }

    static void prepare(Path directory) {
        try {
            if (Files.isDirectory(directory) && !isEmpty(directory)) {
                if (!Files.exists(directory.resolve(MARKER))) {
                    throw CliFailure.usage("Katalogen " + directory + " innehåller annat än en tidigare demo och"
                            + " lämnas orörd. Välj en ny katalog med --data.");
                }
                deleteContents(directory);
            }
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(MARKER), "Demodata från 'webbgranskning demo'; töms vid nästa demo.\n");
        } catch (IOException e) {
            throw CliFailure.failure("Demokatalogen " + directory + " kunde inte förberedas: " + e.getMessage(), e);
        }
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteContents(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(directory)) {
                    Files.delete(path);
                }
            }
        }
    }
}
