package se.webbgranskning.app.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcWriter;

import se.webbgranskning.app.cli.CliRunner;

/** What {@code backup} and {@code restore} refuse, and that a refusal or a failure leaves nothing behind. */
class BackupRefusalsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WARC = "warc/2026-11-01-1/9901-001.warc.gz";

    @TempDir
    Path directory;

    private Path data;
    private Path backup;
    private Path restored;

    @BeforeEach
    void backUpASmallInstallation() throws IOException {
        data = directory.resolve("data");
        backup = directory.resolve("backup");
        restored = directory.resolve("restored");
        assertThat(CliRunner.run("users", "add", "petra", "--role", "admin", "--data", data.toString()).exitCode())
                .isZero();
        Path warc = data.resolve(WARC);
        Files.createDirectories(warc.getParent());
        try (var channel = java.nio.channels.FileChannel.open(warc, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            new WarcWriter(channel, WarcCompression.GZIP).write(new WarcResource.Builder(URI.create("urn:test:a"))
                    .body(MediaType.PLAIN_TEXT, "hej".getBytes(StandardCharsets.UTF_8)).build());
        }
        CliRunner.Outcome outcome = CliRunner.run("backup", "--to", backup.toString(), "--data", data.toString());
        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out()).contains("Säkerhetskopian är skriven till " + backup)
                .contains("1 WARC-filer");
    }

    @AfterEach
    void closeDatabases() throws Exception {
        OpenDatabases.shutDown(data, restored);
    }

    @Test
    void theUntouchedBackupRestores() {
        CliRunner.Outcome outcome = restore();
        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(CliRunner.run("users", "list", "--data", restored.toString()).out()).contains("petra");
        assertThat(restored.resolve(WARC)).hasSameBinaryContentAs(data.resolve(WARC));
    }

    @Test
    void newBackupAndDataDirectoriesAreTheOwnersOnly() throws IOException {
        assertThat(restore().exitCode()).isZero();
        for (Path created : List.of(backup, restored)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(created))).as(created.toString())
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void aBackupIsNotWrittenIntoANonEmptyDirectory() throws IOException {
        Path target = Files.createDirectories(directory.resolve("full"));
        Files.writeString(target.resolve("behåll.txt"), "viktigt");

        CliRunner.Outcome outcome = CliRunner.run("backup", "--to", target.toString(), "--data", data.toString());

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).contains("Målkatalogen " + target + " är inte tom");
        assertThat(list(target)).containsExactly("behåll.txt");
    }

    @Test
    void aDirectoryWithoutDatabaseIsNotBackedUp() {
        Path empty = directory.resolve("tom");
        CliRunner.Outcome outcome = CliRunner.run("backup", "--to", directory.resolve("b2").toString(), "--data",
                empty.toString());
        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).contains("Det finns ingen databas i " + empty);
        assertThat(empty).doesNotExist();
        assertThat(directory.resolve("b2")).doesNotExist();
    }

    @Test
    void aDigestChangedInTheManifestIsRefusedNamingTheFile() throws IOException {
        ObjectNode manifest = manifest();
        for (var file : manifest.withArray("files")) {
            if (file.get("path").asText().equals("database/app_user.jsonl.gz")) {
                ((ObjectNode) file).put("sha256", "0".repeat(64));
            }
        }
        writeManifest(manifest);

        assertRefused("database/app_user.jsonl.gz: filens SHA-256 stämmer inte med manifestet");
    }

    @Test
    void aChangedWarcFileIsRefusedNamingTheFile() throws IOException {
        Files.writeString(backup.resolve(WARC), "x", StandardOpenOption.APPEND);
        assertRefused(WARC + ": filen är ");
    }

    @Test
    void aMissingFileIsRefusedNamingTheFile() throws IOException {
        Files.delete(backup.resolve("database/audit_log.jsonl.gz"));
        assertRefused("database/audit_log.jsonl.gz: filen saknas");
    }

    @Test
    void aBackupWithoutManifestIsRefused() throws IOException {
        Files.delete(backup.resolve("manifest.json"));
        assertRefused("manifest.json saknas");
    }

    @Test
    void aManifestNamingAFileOutsideTheBackupIsRefused() throws IOException {
        ObjectNode manifest = manifest();
        ((ObjectNode) manifest.withArray("files").get(0)).put("path", "../data/webbgranskning.mv.db");
        writeManifest(manifest);
        assertRefused("som ligger utanför säkerhetskopian");
    }

    @Test
    void aSchemaVersionThisProgramDoesNotKnowIsRefused() throws IOException {
        ObjectNode manifest = manifest();
        manifest.put("schemaVersion", "999");
        writeManifest(manifest);
        assertRefused("databasschemats version 999, som detta program inte känner till");
    }

    @Test
    void aNonEmptyDataDirectoryIsNotRestoredInto() throws IOException {
        Files.createDirectories(restored);
        Files.writeString(restored.resolve("behåll.txt"), "viktigt");

        CliRunner.Outcome outcome = restore();

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).contains("Datakatalogen " + restored + " är inte tom");
        assertThat(list(restored)).containsExactly("behåll.txt");
    }

    @Test
    void aRestoreThatFailsWhileLoadingRemovesWhatItWrote() throws IOException {
        // a dump whose digest matches its manifest but whose row does not fit its table: found only while loading
        Path dump = backup.resolve("database/app_user.jsonl.gz");
        String header;
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(
                new java.util.zip.GZIPInputStream(Files.newInputStream(dump)), StandardCharsets.UTF_8))) {
            header = reader.readLine();
        }
        Files.delete(dump);
        try (var writer = new java.io.OutputStreamWriter(new java.util.zip.GZIPOutputStream(
                Files.newOutputStream(dump)), StandardCharsets.UTF_8)) {
            writer.write(header + "\n[\"inte ett id\"]\n");
        }
        ObjectNode manifest = manifest();
        for (var file : manifest.withArray("files")) {
            if (file.get("path").asText().equals("database/app_user.jsonl.gz")) {
                ((ObjectNode) file).put("sha256", Sha256.of(dump)).put("bytes", Files.size(dump));
            }
        }
        writeManifest(manifest);

        CliRunner.Outcome outcome = restore();

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).contains("app_user.jsonl.gz rad 2");
        assertThat(list(restored)).isEmpty();
    }

    private void assertRefused(String problem) {
        CliRunner.Outcome outcome = restore();
        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).contains(problem);
        assertThat(!Files.exists(restored) || list(restored).isEmpty()).as("nothing restored").isTrue();
    }

    private CliRunner.Outcome restore() {
        return CliRunner.run("restore", "--from", backup.toString(), "--data", restored.toString());
    }

    private ObjectNode manifest() throws IOException {
        return (ObjectNode) JSON.readTree(backup.resolve("manifest.json").toFile());
    }

    private void writeManifest(ObjectNode manifest) throws IOException {
        JSON.writeValue(backup.resolve("manifest.json").toFile(), manifest);
    }

    private static List<String> list(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
