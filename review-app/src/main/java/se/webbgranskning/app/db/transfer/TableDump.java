package se.webbgranskning.app.db.transfer;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The dump format of one table: a gzip-compressed UTF-8 text file {@code <table>.jsonl.gz} in JSON Lines form,
 * the {@link DumpHeader} on the first line and one row per further line ({@link JsonValues} says how each kind of
 * value is written). Plain, line-oriented and readable with {@code zcat} and any JSON library: a backup must stay
 * readable without this program.
 */
public final class TableDump {

    public static final String SUFFIX = ".jsonl.gz";

    static final ObjectMapper JSON = new ObjectMapper();

    private TableDump() {
    }

    /** The dump file's name for a table key. */
    public static String fileName(String tableKey) {
        return tableKey + SUFFIX;
    }

    static BufferedWriter newWriter(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(
                Files.newOutputStream(file, StandardOpenOption.CREATE_NEW), 64 * 1024), StandardCharsets.UTF_8));
    }

    static BufferedReader newReader(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file), 64 * 1024),
                StandardCharsets.UTF_8));
    }
}
