package se.webbgranskning.crawl.wacz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** A written bundle opened with java.util.zip, as any zip reader would: its entries in order and their bytes. */
final class OpenedWacz {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, ZipEntry> entries;
    private final Map<String, byte[]> contents;

    private OpenedWacz(Map<String, ZipEntry> entries, Map<String, byte[]> contents) {
        this.entries = entries;
        this.contents = contents;
    }

    static OpenedWacz open(Path file) throws IOException {
        Map<String, ZipEntry> entries = new LinkedHashMap<>();
        Map<String, byte[]> contents = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                entries.put(entry.getName(), entry);
                try (InputStream in = zip.getInputStream(entry)) {
                    contents.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return new OpenedWacz(entries, contents);
    }

    List<String> names() {
        return new ArrayList<>(entries.keySet());
    }

    ZipEntry entry(String name) {
        return entries.get(name);
    }

    byte[] bytes(String name) {
        byte[] bytes = contents.get(name);
        if (bytes == null) {
            throw new AssertionError("no entry " + name + " in " + names());
        }
        return bytes;
    }

    byte[] warc() {
        return bytes(WaczWriter.ARCHIVE);
    }

    List<String> lines(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8).lines().toList();
    }

    JsonNode json(String name) throws IOException {
        return JSON.readTree(bytes(name));
    }

    static JsonNode parse(String line) throws IOException {
        return JSON.readTree(line);
    }
}
