package se.webbgranskning.app.config;

import java.util.Locale;
import java.util.Optional;

/**
 * Every key of the configuration file, with its default and how its value is checked. Each key can also be set by
 * the environment variable {@code WEBBGRANSKNING_<KEY>} (upper case, dots and dashes as underscores), and some by
 * a command-line option; the option beats the environment, which beats the file, which beats the default.
 * README.md ("Configuration") documents the same table: keep them together.
 */
public enum ConfigKey {

    DATA("data", "./data", false, ConfigValues::text),
    DB_URL("db.url", "inbyggd H2-databas i datakatalogen", false, ConfigValues::jdbcUrl),
    DB_USER("db.user", "", false, ConfigValues::text),
    DB_PASSWORD("db.password", "", true, ConfigValues::any),
    DB_POOL_SIZE("db.pool-size", "10", false, value -> ConfigValues.integer(value, 1, 200)),
    SERVER_HOST("server.host", "127.0.0.1", false, ConfigValues::text),
    SERVER_PORT("server.port", "7070", false, value -> ConfigValues.integer(value, 0, 65_535)),
    SERVER_SECURE_COOKIES("server.secure-cookies", "false", false, ConfigValues::bool),
    PROXY_TRUSTED("proxy.trusted", "", false, ConfigValues::addresses);

    /** Checks a value; the Swedish problem if it is invalid. */
    interface Check {
        Optional<String> problem(String value);
    }

    private final String key;
    private final String defaultText;
    private final boolean secret;
    private final Check check;

    ConfigKey(String key, String defaultText, boolean secret, Check check) {
        this.key = key;
        this.defaultText = defaultText;
        this.secret = secret;
        this.check = check;
    }

    /** The key as written in the file, e.g. {@code db.url}. */
    public String key() {
        return key;
    }

    /** The default value as shown to users (for {@link #DB_URL} a description). */
    public String defaultText() {
        return defaultText;
    }

    /** Whether the value is masked whenever the configuration is shown. */
    public boolean secret() {
        return secret;
    }

    /** The environment variable that overrides the key, e.g. {@code WEBBGRANSKNING_DB_URL}. */
    public String environmentVariable() {
        return "WEBBGRANSKNING_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    Optional<String> problem(String value) {
        return check.problem(value);
    }

    public static Optional<ConfigKey> byKey(String key) {
        for (ConfigKey candidate : values()) {
            if (candidate.key.equals(key)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
