package se.webbgranskning.app.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import se.webbgranskning.app.cli.CliFailure;

/** Reads and writes {@code manifest.json} (indented JSON, UTF-8). */
final class ManifestFile {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ManifestFile() {
    }

    /** Writes the manifest under a temporary name and renames it: a backup without a manifest is incomplete. */
    static void write(Path backup, Manifest manifest) throws IOException {
        Path temporary = backup.resolve(Manifest.FILE_NAME + ".tmp");
        JSON.writeValue(temporary.toFile(), manifest);
        Files.move(temporary, backup.resolve(Manifest.FILE_NAME), StandardCopyOption.ATOMIC_MOVE);
    }

    /** @throws CliFailure if the manifest is missing, unreadable or not of this format */
    static Manifest read(Path backup) {
        Path file = backup.resolve(Manifest.FILE_NAME);
        Manifest manifest;
        try {
            manifest = JSON.readValue(file.toFile(), Manifest.class);
        } catch (JsonProcessingException e) {
            throw CliFailure.failure(file + " är skadad: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            if (!Files.exists(file) || e instanceof NoSuchFileException) {
                throw CliFailure.failure(backup + " är ingen hel säkerhetskopia: " + Manifest.FILE_NAME + " saknas"
                        + " (den skrivs sist, så säkerhetskopieringen avbröts eller katalogen är fel).");
            }
            throw CliFailure.failure(file + " kunde inte läsas: " + e.getMessage(), e);
        }
        if (!Manifest.FORMAT.equals(manifest.format()) || manifest.formatVersion() != Manifest.FORMAT_VERSION
                || manifest.tables() == null || manifest.files() == null || manifest.schemaVersion() == null) {
            throw CliFailure.failure(file + " är inte ett manifest av formatet " + Manifest.FORMAT + " version "
                    + Manifest.FORMAT_VERSION + ".");
        }
        return manifest;
    }
}
