package se.webbgranskning.app.db.transfer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** Reads tables back from their {@link TableDump} files, in the order given (a manifest's, foreign keys first). */
public final class DumpReader implements TableSource {

    private final Path directory;
    private final List<TableShape> tables;

    /** @param tableKeys the tables to read, each after the tables it refers to */
    public DumpReader(Path directory, List<String> tableKeys) {
        this.directory = directory;
        List<TableShape> shapes = new ArrayList<>();
        for (String key : tableKeys) {
            shapes.add(readHeader(key));
        }
        this.tables = List.copyOf(shapes);
    }

    @Override
    public List<TableShape> tables() {
        return tables;
    }

    @Override
    public void forEachRow(TableShape table, Consumer<Object[]> consumer) {
        String name = TableDump.fileName(table.key());
        try (BufferedReader reader = TableDump.newReader(directory.resolve(name))) {
            reader.readLine();
            long lineNumber = 1;
            String line;
            int width = table.columns().size();
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                JsonNode values = parse(line, name, lineNumber);
                if (!values.isArray() || values.size() != width) {
                    throw new TransferException(name + " rad " + lineNumber + ": raden har inte tabellens " + width
                            + " kolumner.");
                }
                Object[] row = new Object[width];
                for (int i = 0; i < width; i++) {
                    TableColumn column = table.columns().get(i);
                    try {
                        row[i] = JsonValues.read(values.get(i), column.kind());
                    } catch (IllegalArgumentException e) {
                        throw new TransferException(name + " rad " + lineNumber + ", kolumnen " + column.name() + ": "
                                + e.getMessage() + ".", e);
                    }
                }
                consumer.accept(row);
            }
        } catch (IOException e) {
            throw new TransferException(name + " kunde inte läsas: " + e.getMessage(), e);
        }
    }

    private TableShape readHeader(String key) {
        String name = TableDump.fileName(key);
        try (BufferedReader reader = TableDump.newReader(directory.resolve(name))) {
            String first = reader.readLine();
            if (first == null) {
                throw new TransferException(name + " är tom: den saknar sin första rad med tabellens kolumner.");
            }
            DumpHeader header = TableDump.JSON.readValue(first, DumpHeader.class);
            if (!key.equals(header.table())) {
                throw new TransferException(name + " innehåller tabellen " + header.table() + ", inte " + key + ".");
            }
            return header.shape();
        } catch (JsonProcessingException e) {
            throw new TransferException(name + " rad 1: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new TransferException(name + " kunde inte läsas: " + e.getMessage(), e);
        }
    }

    private static JsonNode parse(String line, String name, long lineNumber) {
        try {
            return TableDump.JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new TransferException(name + " rad " + lineNumber + " är inte giltig JSON: " + e.getOriginalMessage(),
                    e);
        }
    }
}
