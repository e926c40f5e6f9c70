package se.webbgranskning.app.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.webbgranskning.app.db.DatabaseSettings;
import se.webbgranskning.app.db.Storage;
import se.webbgranskning.app.web.TrustedProxies;

/**
 * The effective configuration of one command: every key's value and where it came from. Built by
 * {@link ConfigurationLoader}, which has already checked every value.
 */
public final class Configuration {

    /** One key's value and its source; {@code value} is empty for an unset key without a default. */
    public record Setting(ConfigKey key, String value, ConfigSource source, String origin) {
    }

    private final Map<ConfigKey, Setting> settings;
    private final Optional<Path> file;

    Configuration(Map<ConfigKey, Setting> settings, Optional<Path> file) {
        this.settings = new EnumMap<>(settings);
        this.file = file;
    }

    /** The configuration file that was read, if any. */
    public Optional<Path> file() {
        return file;
    }

    public Setting setting(ConfigKey key) {
        return settings.get(key);
    }

    public Path dataDirectory() {
        return Path.of(value(ConfigKey.DATA)).toAbsolutePath().normalize();
    }

    public DatabaseSettings database() {
        Setting url = settings.get(ConfigKey.DB_URL);
        int poolSize = Integer.parseInt(value(ConfigKey.DB_POOL_SIZE).strip());
        if (url.source() == ConfigSource.DEFAULT) {
            DatabaseSettings embedded = DatabaseSettings.embedded(dataDirectory());
            return new DatabaseSettings(embedded.url(), "", "", poolSize, true, embedded.dataDirectory());
        }
        return new DatabaseSettings(url.value().strip(), value(ConfigKey.DB_USER).strip(),
                value(ConfigKey.DB_PASSWORD), poolSize, false, dataDirectory());
    }

    public Storage storage() {
        return new Storage(dataDirectory(), database());
    }

    public String serverHost() {
        return value(ConfigKey.SERVER_HOST).strip();
    }

    public int serverPort() {
        return Integer.parseInt(value(ConfigKey.SERVER_PORT).strip());
    }

    public boolean secureCookies() {
        return Boolean.parseBoolean(value(ConfigKey.SERVER_SECURE_COOKIES).strip());
    }

    public TrustedProxies trustedProxies() {
        return TrustedProxies.of(ConfigValues.list(value(ConfigKey.PROXY_TRUSTED)));
    }

    /**
     * The effective configuration as printed at start: one line per key with its value and source; secrets
     * (the password, and a password inside the URL) are masked.
     */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("Inställningar" + file.map(f -> " (konfigurationsfil " + f + ")").orElse(" (ingen konfigurationsfil)")
                + ":");
        for (ConfigKey key : ConfigKey.values()) {
            Setting setting = settings.get(key);
            lines.add(String.format("  %-22s = %s  (%s)", key.key(), shown(setting), setting.origin()));
        }
        return lines;
    }

    private String shown(Setting setting) {
        ConfigKey key = setting.key();
        if (key.secret()) {
            return setting.value().isEmpty() ? "(inget)" : "******";
        }
        if (key == ConfigKey.DB_URL) {
            DatabaseSettings database = database();
            return DatabaseSettings.masked(database.url());
        }
        if (key == ConfigKey.DATA) {
            return dataDirectory().toString();
        }
        return setting.value().isEmpty() ? "(inget)" : setting.value();
    }

    private String value(ConfigKey key) {
        return settings.get(key).value();
    }
}
