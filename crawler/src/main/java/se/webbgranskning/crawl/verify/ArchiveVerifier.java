package se.webbgranskning.crawl.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

import se.webbgranskning.crawl.index.IndexedRecord;
import se.webbgranskning.crawl.warc.GzipMember;
import se.webbgranskning.crawl.warc.WarcRoot;

/**
 * Checks that every WARC record the page index points at is there and intact: the file exists, the record is a
 * whole gzip member of the indexed length, it is the record the index says (type and URL), its block digest and,
 * for a response, its payload digest match what is recomputed now, and the payload's SHA-256 matches the index.
 * The WARC files are the evidence of record, so a damaged one must be found before anyone relies on it.
 */
public final class ArchiveVerifier {

    private static final int CHUNK = 64 * 1024;

    private final WarcRoot root;

    public ArchiveVerifier(Path warcRoot) {
        this.root = new WarcRoot(warcRoot);
    }

    public VerifyReport verify(List<IndexedRecord> records) {
        List<RecordProblem> problems = new ArrayList<>();
        Set<String> files = new LinkedHashSet<>();
        for (IndexedRecord record : records) {
            files.add(record.location().file());
            check(record).ifPresent(problems::add);
        }
        return new VerifyReport(records.size(), files.size(), problems);
    }

    /** The first thing wrong with a record, or empty when it is intact. */
    Optional<RecordProblem> check(IndexedRecord record) {
        Path file;
        try {
            file = root.resolve(record.location().file());
        } catch (IllegalArgumentException e) {
            return problem(record, RecordProblem.Kind.WRONG_RECORD, e.getMessage());
        }
        if (!Files.isRegularFile(file)) {
            return problem(record, RecordProblem.Kind.MISSING_FILE, "filen finns inte");
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long end = record.location().offset() + record.location().length();
            if (end > channel.size()) {
                return problem(record, RecordProblem.Kind.TRUNCATED, "filen slutar efter " + channel.size()
                        + " byte, posten skulle sluta vid " + end);
            }
            long length;
            try {
                length = GzipMember.length(channel, record.location().offset());
            } catch (IOException e) {
                return problem(record, RecordProblem.Kind.DAMAGED, e.getMessage());
            }
            if (length != record.location().length()) {
                return problem(record, RecordProblem.Kind.DAMAGED, "posten är " + length + " byte, indexet säger "
                        + record.location().length());
            }
            return checkContent(record, channel);
        } catch (IOException | RuntimeException e) {
            // jwarc reports some malformed headers as runtime exceptions
            return problem(record, RecordProblem.Kind.DAMAGED, String.valueOf(e.getMessage()));
        }
    }

    private Optional<RecordProblem> checkContent(IndexedRecord record, FileChannel channel) throws IOException {
        channel.position(record.location().offset());
        WarcReader reader = new WarcReader(channel);
        WarcRecord warc = reader.next().orElseThrow(() -> new IOException("ingen post vid positionen"));
        if (!warc.type().equals(record.recordType())) {
            return problem(record, RecordProblem.Kind.WRONG_RECORD, "posten är av typen " + warc.type()
                    + ", indexet säger " + record.recordType());
        }
        if (warc instanceof WarcTargetRecord target && !target.target().equals(record.url())) {
            return problem(record, RecordProblem.Kind.WRONG_RECORD, "posten gäller " + target.target());
        }
        Optional<WarcDigest> declaredBlock = warc.blockDigest();
        Optional<String> blockMismatch = declaredBlock.isEmpty() ? Optional.empty()
                : mismatch("blockets", declaredBlock.get(), digest(warc.body().stream(), declaredBlock.get()));
        if (blockMismatch.isPresent()) {
            return problem(record, RecordProblem.Kind.DIGEST_MISMATCH, blockMismatch.get());
        }
        if (warc instanceof WarcResponse) {
            return checkPayload(record, channel);
        }
        return Optional.empty();
    }

    /** Reads the record again, this time through its HTTP message, to digest the payload alone. */
    private Optional<RecordProblem> checkPayload(IndexedRecord record, FileChannel channel) throws IOException {
        channel.position(record.location().offset());
        WarcResponse response = (WarcResponse) new WarcReader(channel).next().orElseThrow();
        MessageDigest sha1 = messageDigest("SHA-1");
        MessageDigest sha256 = messageDigest("SHA-256");
        try (InputStream in = response.http().body().stream()) {
            byte[] buffer = new byte[CHUNK];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha1.update(buffer, 0, read);
                sha256.update(buffer, 0, read);
            }
        }
        Optional<WarcDigest> declared = response.payloadDigest();
        if (declared.isPresent() && declared.get().algorithm().equalsIgnoreCase("sha1")) {
            Optional<String> payloadMismatch = mismatch("innehållets", declared.get(),
                    new WarcDigest("sha1", sha1.digest()));
            if (payloadMismatch.isPresent()) {
                return problem(record, RecordProblem.Kind.DIGEST_MISMATCH, payloadMismatch.get());
            }
        }
        String indexed = record.payloadSha256();
        String actual = HexFormat.of().formatHex(sha256.digest());
        if (indexed != null && !indexed.equalsIgnoreCase(actual)) {
            return problem(record, RecordProblem.Kind.DIGEST_MISMATCH, "innehållets SHA-256 är " + actual
                    + ", indexet säger " + indexed);
        }
        return Optional.empty();
    }

    private static WarcDigest digest(InputStream in, WarcDigest like) throws IOException {
        MessageDigest digest = messageDigest(javaName(like.algorithm()));
        try (in) {
            byte[] buffer = new byte[CHUNK];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return new WarcDigest(like.algorithm(), digest.digest());
    }

    private static Optional<String> mismatch(String what, WarcDigest declared, WarcDigest computed) {
        return java.util.Arrays.equals(declared.bytes(), computed.bytes()) ? Optional.empty()
                : Optional.of(what + " kontrollsumma är " + computed.prefixedBase32() + ", posten säger "
                        + declared.prefixedBase32());
    }

    /** WARC names digests "sha1", "sha256" …; Java wants "SHA-1", "SHA-256". */
    private static String javaName(String warcAlgorithm) {
        String upper = warcAlgorithm.toUpperCase(java.util.Locale.ROOT);
        return upper.startsWith("SHA") && !upper.contains("-") ? "SHA-" + upper.substring(3) : upper;
    }

    private static MessageDigest messageDigest(String algorithm) throws IOException {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IOException("okänd kontrollsummealgoritm " + algorithm, e);
        }
    }

    private static Optional<RecordProblem> problem(IndexedRecord record, RecordProblem.Kind kind, String detail) {
        return Optional.of(new RecordProblem(record, kind, detail));
    }
}
