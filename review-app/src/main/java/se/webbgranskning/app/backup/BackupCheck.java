package se.webbgranskning.app.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import se.webbgranskning.app.cli.CliFailure;

/**
 * Checks a backup against its manifest before anything is restored: every listed file is there, inside the
 * backup, of the listed size and SHA-256, and every table's dump is among them. A backup that fails is refused
 * whole, with every problem named, so that a damaged copy is never half restored.
 */
final class BackupCheck {

    private BackupCheck() {
    }

    static void requireIntact(Path backup, Manifest manifest) {
        List<String> problems = new ArrayList<>();
        Set<String> listed = manifest.files().stream().map(Manifest.BackupFile::path).collect(Collectors.toSet());
        for (Manifest.Table table : manifest.tables()) {
            if (!listed.contains(table.file())) {
                problems.add(table.file() + ": tabellen " + table.name() + "s fil saknas i manifestet");
            }
        }
        for (Manifest.BackupFile file : manifest.files()) {
            problem(backup, file).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw CliFailure.failure("Säkerhetskopian i " + backup + " är skadad eller ofullständig och återställs"
                    + " inte:\n" + String.join("\n", problems));
        }
    }

    /** Resolves a manifest path inside the backup. @throws CliFailure for a path that leaves it */
    static Path resolve(Path backup, String relative) {
        Path path = backup.resolve(relative).normalize();
        if (relative.isBlank() || Path.of(relative).isAbsolute() || !path.startsWith(backup.normalize())
                || path.equals(backup.normalize())) {
            throw CliFailure.failure("Manifestet i " + backup + " nämner filen " + relative
                    + ", som ligger utanför säkerhetskopian. Säkerhetskopian återställs inte.");
        }
        return path;
    }

    private static Optional<String> problem(Path backup, Manifest.BackupFile file) {
        Path path = resolve(backup, file.path());
        try {
            if (!Files.isRegularFile(path)) {
                return Optional.of(file.path() + ": filen saknas");
            }
            if (Files.size(path) != file.bytes()) {
                return Optional.of(file.path() + ": filen är " + Files.size(path) + " byte, manifestet säger "
                        + file.bytes());
            }
            if (!Sha256.of(path).equals(file.sha256())) {
                return Optional.of(file.path() + ": filens SHA-256 stämmer inte med manifestet");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(file.path() + ": kunde inte läsas: " + e.getMessage());
        }
    }
}
