package se.webbgranskning.app.db.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonGenerator;

/** Writes each table into its own {@link TableDump} file in a directory. */
public final class DumpWriter implements TableTarget {

    private final Path directory;

    public DumpWriter(Path directory) {
        this.directory = directory;
    }

    @Override
    public RowWriter open(TableShape sourceTable) {
        Path file = directory.resolve(TableDump.fileName(sourceTable.key()));
        try {
            Writer writer = TableDump.newWriter(file);
            JsonGenerator json = TableDump.JSON.createGenerator(writer);
            json.setRootValueSeparator(null);
            json.writePOJO(DumpHeader.of(sourceTable));
            json.writeRaw('\n');
            return new FileRows(sourceTable, json, file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    @Override
    public void finish() {
        // every file was completed when its table was closed
    }

    private static final class FileRows implements RowWriter {

        private final TableShape table;
        private final JsonGenerator json;
        private final Path file;
        private long rows;

        FileRows(TableShape table, JsonGenerator json, Path file) {
            this.table = table;
            this.json = json;
            this.file = file;
        }

        @Override
        public void write(Object[] row) {
            try {
                json.writeStartArray();
                for (int i = 0; i < row.length; i++) {
                    JsonValues.write(json, table.columns().get(i).kind(), row[i]);
                }
                json.writeEndArray();
                json.writeRaw('\n');
                rows++;
            } catch (IOException e) {
                throw new UncheckedIOException("could not write " + file, e);
            }
        }

        @Override
        public long rows() {
            return rows;
        }

        @Override
        public void close() {
            try {
                json.close();
            } catch (IOException e) {
                throw new UncheckedIOException("could not write " + file, e);
            }
        }
    }
}
