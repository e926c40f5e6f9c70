package se.webbgranskning.app.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

import se.webbgranskning.app.cli.CliFailure;

/**
 * A configuration file in Java properties format ({@code key = value}, {@code #} comments), read as UTF-8. Every
 * key must be known and every value valid; a problem names the file and the line.
 */
record ConfigFile(Path path, Properties properties, List<String> lines) {

    static ConfigFile read(Path path) {
        Properties properties = new Properties();
        List<String> lines;
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException | IllegalArgumentException e) {
            throw CliFailure.usage("Konfigurationsfilen " + path + " kunde inte läsas: " + e.getMessage());
        }
        ConfigFile file = new ConfigFile(path, properties, lines);
        for (String name : properties.stringPropertyNames()) {
            Optional<ConfigKey> key = ConfigKey.byKey(name);
            if (key.isEmpty()) {
                throw CliFailure.usage("Konfigurationsfilen " + path + ", rad " + file.line(name) + ": okänd nyckel '"
                        + name + "'. Giltiga nycklar: " + Arrays.stream(ConfigKey.values()).map(ConfigKey::key)
                        .collect(Collectors.joining(", ")) + ".");
            }
            ConfigurationLoader.check(key.get(), properties.getProperty(name),
                    "Konfigurationsfilen " + path + ", rad " + file.line(name));
        }
        return file;
    }

    Optional<String> value(ConfigKey key) {
        return Optional.ofNullable(properties.getProperty(key.key()));
    }

    int line(ConfigKey key) {
        return line(key.key());
    }

    /** The (first) line that sets a key, for messages; 0 if it cannot be found (a continued line). */
    int line(String key) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).stripLeading();
            if (line.startsWith(key)) {
                String rest = line.substring(key.length());
                if (rest.isEmpty() || rest.charAt(0) == '=' || rest.charAt(0) == ':'
                        || Character.isWhitespace(rest.charAt(0))) {
                    return i + 1;
                }
            }
        }
        return 0;
    }
}
