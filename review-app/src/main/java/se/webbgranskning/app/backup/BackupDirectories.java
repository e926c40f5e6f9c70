package se.webbgranskning.app.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import se.webbgranskning.app.cli.CliFailure;

/**
 * The directories {@code backup} and {@code restore} write: they must be new or empty, so that nothing already
 * there is overwritten or mixed in, and what a failed run wrote is removed again so that it can simply be rerun.
 */
final class BackupDirectories {

    private BackupDirectories() {
    }

    /** Creates the directory if needed. @throws CliFailure if it exists and is not an empty directory */
    static void requireNewOrEmpty(Path directory, String what) {
        try {
            if (Files.exists(directory)) {
                if (!Files.isDirectory(directory)) {
                    throw CliFailure.failure(what + " " + directory + " är en fil, inte en katalog.");
                }
                try (Stream<Path> entries = Files.list(directory)) {
                    if (entries.findAny().isPresent()) {
                        throw CliFailure.failure(what + " " + directory + " är inte tom. Ange en ny eller tom katalog;"
                                + " inget har skrivits.");
                    }
                }
            }
            if (!Files.exists(directory)) {
                createOwnerOnly(directory);
            }
        } catch (IOException e) {
            throw CliFailure.failure(what + " " + directory + " kunde inte skapas: " + e.getMessage(), e);
        }
    }

    /**
     * A backup holds password hashes and every review, a data directory the same: a new one is readable by its
     * owner only (where the file system has POSIX permissions), as {@code chmod 700} would make it.
     */
    private static void createOwnerOnly(Path directory) throws IOException {
        Files.createDirectories(directory.toAbsolutePath().getParent());
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectory(directory,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectory(directory);
        }
    }

    /** Removes everything inside the directory (which was empty before this run), leaving the directory. */
    static void emptyAgain(Path directory) {
        try (Stream<Path> tree = Files.walk(directory)) {
            List<Path> paths = tree.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(directory)).toList();
            for (Path path : paths) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not clean up " + directory, e);
        }
    }

    /** The regular files under a directory, sorted, as paths relative to it with '/' separators. */
    static List<String> filesUnder(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> tree = Files.walk(directory)) {
            return tree.filter(Files::isRegularFile).map(p -> relative(directory, p)).sorted().toList();
        }
    }

    static String relative(Path directory, Path file) {
        return directory.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }
}
