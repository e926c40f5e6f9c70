package se.webbgranskning.app.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --data DIR}: where the database and the WARC files live; several independent directories may coexist. */
public final class DataDirectoryOption {

    @Option(names = "--data", paramLabel = "KATALOG", defaultValue = "data",
            description = "Datakatalog med databas och WARC-filer (standard: ${DEFAULT-VALUE}).")
    private Path directory;

    public Path directory() {
        return directory.toAbsolutePath().normalize();
    }
}
