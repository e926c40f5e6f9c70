package se.webbgranskning.app.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import se.webbgranskning.app.cli.CliFailure;

/**
 * Builds the effective configuration: a command-line option beats the environment variable
 * {@code WEBBGRANSKNING_<KEY>}, which beats the configuration file, which beats the default. The file is
 * {@code --config FILE}, else {@code $WEBBGRANSKNING_CONFIG}, else {@code webbgranskning.properties} in the data
 * directory if it is there. Any unknown key or bad value stops the command with a Swedish message naming the
 * file and line, or the variable, before anything is started.
 */
public final class ConfigurationLoader {

    /** The configuration file looked for in the data directory. */
    public static final String FILE_NAME = "webbgranskning.properties";
    public static final String CONFIG_VARIABLE = "WEBBGRANSKNING_CONFIG";

    /** User or password in a JDBC URL: {@code ?user=…}, {@code &password=…}, or {@code //user:secret@host}. */
    private static final Pattern CREDENTIALS = Pattern.compile("(?i)([?&;](user|password)=)|(//[^/]*@)");

    private ConfigurationLoader() {
    }

    /**
     * @param options      the values given as command-line options (only those given)
     * @param explicitFile {@code --config FILE}, if given
     * @param environment  the process environment
     */
    public static Configuration load(Map<ConfigKey, String> options, Optional<Path> explicitFile,
                                     Map<String, String> environment) {
        options.forEach((key, value) -> check(key, value, "Flaggan för " + key.key()));
        String optionUrl = options.get(ConfigKey.DB_URL);
        if (optionUrl != null && CREDENTIALS.matcher(optionUrl).find()) {
            throw CliFailure.usage("Ange inte användare eller lösenord i --db: kommandoraden syns för andra i"
                    + " processlistan och skalets historik. Sätt db.user och db.password i konfigurationsfilen"
                    + " eller miljövariablerna " + ConfigKey.DB_USER.environmentVariable() + " och "
                    + ConfigKey.DB_PASSWORD.environmentVariable() + ".");
        }
        Map<ConfigKey, String> fromEnvironment = new EnumMap<>(ConfigKey.class);
        for (ConfigKey key : ConfigKey.values()) {
            String value = environment.get(key.environmentVariable());
            if (value != null) {
                check(key, value, "Miljövariabeln " + key.environmentVariable());
                fromEnvironment.put(key, value);
            }
        }
        Optional<ConfigFile> file = findFile(options, explicitFile, fromEnvironment, environment);

        Map<ConfigKey, Configuration.Setting> settings = new EnumMap<>(ConfigKey.class);
        for (ConfigKey key : ConfigKey.values()) {
            settings.put(key, resolve(key, options, fromEnvironment, file));
        }
        return new Configuration(settings, file.map(ConfigFile::path));
    }

    private static Configuration.Setting resolve(ConfigKey key, Map<ConfigKey, String> options,
                                                 Map<ConfigKey, String> environment, Optional<ConfigFile> file) {
        if (options.containsKey(key)) {
            return new Configuration.Setting(key, options.get(key), ConfigSource.OPTION, ConfigSource.OPTION.label());
        }
        if (environment.containsKey(key)) {
            return new Configuration.Setting(key, environment.get(key), ConfigSource.ENVIRONMENT,
                    ConfigSource.ENVIRONMENT.label() + " " + key.environmentVariable());
        }
        Optional<String> inFile = file.flatMap(f -> f.value(key));
        if (inFile.isPresent()) {
            String value = key == ConfigKey.DATA
                    ? file.get().path().toAbsolutePath().getParent().resolve(inFile.get().strip()).toString()
                    : inFile.get();
            return new Configuration.Setting(key, value, ConfigSource.FILE, ConfigSource.FILE.label());
        }
        String value = key == ConfigKey.DB_URL ? "" : key.defaultText();
        return new Configuration.Setting(key, value, ConfigSource.DEFAULT, ConfigSource.DEFAULT.label());
    }

    private static Optional<ConfigFile> findFile(Map<ConfigKey, String> options, Optional<Path> explicitFile,
                                                 Map<ConfigKey, String> fromEnvironment,
                                                 Map<String, String> environment) {
        if (explicitFile.isPresent()) {
            return Optional.of(ConfigFile.read(existing(explicitFile.get(), "--config")));
        }
        String variable = environment.get(CONFIG_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return Optional.of(ConfigFile.read(existing(Path.of(variable.strip()), "miljövariabeln " + CONFIG_VARIABLE)));
        }
        String data = options.getOrDefault(ConfigKey.DATA,
                fromEnvironment.getOrDefault(ConfigKey.DATA, ConfigKey.DATA.defaultText()));
        Path inDataDirectory = Path.of(data.strip()).resolve(FILE_NAME);
        if (!Files.isRegularFile(inDataDirectory)) {
            return Optional.empty();
        }
        ConfigFile file = ConfigFile.read(inDataDirectory);
        if (file.value(ConfigKey.DATA).isPresent()) {
            throw CliFailure.usage("Konfigurationsfilen " + inDataDirectory + ", rad " + file.line(ConfigKey.DATA)
                    + ": data kan inte anges i datakatalogens egen konfigurationsfil. Ta bort raden, eller lägg"
                    + " filen utanför datakatalogen och ange den med --config.");
        }
        return Optional.of(file);
    }

    private static Path existing(Path file, String givenBy) {
        if (!Files.isRegularFile(file)) {
            throw CliFailure.usage("Konfigurationsfilen " + file + " (angiven med " + givenBy + ") finns inte.");
        }
        return file;
    }

    static void check(ConfigKey key, String value, String where) {
        key.problem(value).ifPresent(problem -> {
            throw CliFailure.usage(where + ": " + key.key() + " " + problem + ".");
        });
    }
}
