package se.webbgranskning.app.cli;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import picocli.CommandLine.Option;

import se.webbgranskning.app.config.ConfigKey;
import se.webbgranskning.app.config.Configuration;
import se.webbgranskning.app.config.ConfigurationLoader;
import se.webbgranskning.app.db.DatabaseSettings;
import se.webbgranskning.app.db.Storage;

/**
 * {@code --data DIR}, {@code --db URL} and {@code --config FILE}: where the data lives (database and WARC files;
 * several independent directories may coexist) and which database holds it. Values not given here come from the
 * environment, the configuration file or the defaults (see {@link ConfigurationLoader}).
 */
public final class DataDirectoryOption {

    @Option(names = "--data", paramLabel = "KATALOG",
            description = "Datakatalog med databas och WARC-filer (standard: ./data).")
    private Path directory;

    @Option(names = "--db", paramLabel = "JDBC-URL",
            description = "Databasen, t.ex. jdbc:postgresql://127.0.0.1:5432/webbgranskning (standard: inbyggd"
                    + " H2-databas i datakatalogen). Användare och lösenord anges i konfigurationsfilen eller"
                    + " miljön, aldrig här.")
    private String database;

    @Option(names = "--config", paramLabel = "FIL",
            description = "Konfigurationsfil (standard: webbgranskning.properties i datakatalogen, om den finns).")
    private Path configFile;

    private Configuration configuration;

    /** The effective configuration, read once per command. */
    public Configuration configuration() {
        return configuration(Map.of());
    }

    /** The effective configuration with the command's own options (e.g. {@code --port}) beating the rest. */
    public Configuration configuration(Map<ConfigKey, String> commandOptions) {
        if (configuration == null) {
            Map<ConfigKey, String> options = new EnumMap<>(ConfigKey.class);
            options.putAll(commandOptions);
            if (directory != null) {
                options.put(ConfigKey.DATA, directory.toString());
            }
            if (database != null) {
                options.put(ConfigKey.DB_URL, database);
            }
            configuration = ConfigurationLoader.load(options, Optional.ofNullable(configFile), System.getenv());
        }
        return configuration;
    }

    public Path directory() {
        return configuration().dataDirectory();
    }

    public DatabaseSettings database() {
        return configuration().database();
    }

    public Storage storage() {
        return configuration().storage();
    }
}
