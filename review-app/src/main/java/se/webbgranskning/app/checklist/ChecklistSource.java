package se.webbgranskning.app.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import se.webbgranskning.app.cli.CliFailure;
import se.webbgranskning.app.cli.InputFiles;
import se.webbgranskning.checklist.BundledChecklists;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.checklist.ChecklistException;
import se.webbgranskning.checklist.ChecklistLoader;

/** Resolves a command-line checklist reference: the id of a bundled edition, or the path of a YAML file. */
public final class ChecklistSource {

    private ChecklistSource() {
    }

    public static Checklist resolve(String reference) {
        if (BundledChecklists.ids().contains(reference)) {
            return BundledChecklists.load(reference).orElseThrow();
        }
        Path file = Path.of(reference);
        if (!Files.exists(file)) {
            throw CliFailure.usage("Ingen inbyggd checklista heter '" + reference + "' och ingen fil finns med det namnet."
                    + " Inbyggda utgåvor: " + String.join(", ", BundledChecklists.ids()) + ".");
        }
        return loadFile(file);
    }

    /** Loads and validates a checklist file; an invalid file is a failure (exit 1) listing every problem. */
    public static Checklist loadFile(Path file) {
        try (InputStream in = InputFiles.open(file)) {
            return ChecklistLoader.load(in, file.getFileName().toString());
        } catch (ChecklistException e) {
            throw CliFailure.failure("Checklistan är ogiltig (" + e.problems().size() + " fel):\n" + e.getMessage());
        } catch (IOException e) {
            throw CliFailure.usage("Filen " + file + " kunde inte läsas: " + e.getMessage());
        }
    }
}
