package se.webbgranskning.app.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.webbgranskning.app.config.ConfigKey;
import se.webbgranskning.app.config.ConfigurationLoader;
import se.webbgranskning.crawl.index.PostgresTestSchemas;

/**
 * The database a test's data directory uses. Normally the embedded H2 database in the directory. In the test run
 * against PostgreSQL (Maven profile {@code postgresql}: system property {@code webbgranskning.test.postgresql}
 * holds the server's JDBC URL, {@code WEBBGRANSKNING_TEST_PG_USER} and {@code WEBBGRANSKNING_TEST_PG_PASSWORD} the
 * login), every data directory gets a fresh schema of its own on that server, written into the directory's
 * {@code webbgranskning.properties}: commands run on the directory then use it too, as a user's would, and test
 * classes stay as independent as with one H2 file each.
 */
public final class TestDatabases {

    public static final String PROPERTY = PostgresTestSchemas.PROPERTY;

    private TestDatabases() {
    }

    /** Whether this test run uses PostgreSQL. */
    public static boolean postgreSql() {
        return PostgresTestSchemas.active();
    }

    /** The data directory with its database: embedded H2, or a fresh PostgreSQL schema (the same on every call). */
    public static Storage storage(Path dataDirectory) {
        prepare(dataDirectory);
        return postgreSql() ? configured(dataDirectory) : Storage.embedded(dataDirectory);
    }

    /** Makes commands on this data directory use the run's database (nothing to do for H2). */
    public static void prepare(Path dataDirectory) {
        if (!postgreSql()) {
            return;
        }
        Path file = dataDirectory.resolve(ConfigurationLoader.FILE_NAME);
        if (Files.exists(file)) {
            return;
        }
        String properties = "# A schema of its own for this test's data directory\n"
                + "db.url = " + freshSchemaUrl() + "\n"
                + "db.user = " + serverLogin().get(0) + "\n"
                + "db.password = " + serverLogin().get(1) + "\n"
                + "db.pool-size = 4\n";
        try {
            Files.createDirectories(dataDirectory);
            Files.writeString(file, properties, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The PostgreSQL server for tests that start the packaged jar (failsafe runs them without the system property):
     * the property, else {@code WEBBGRANSKNING_TEST_PG_URL}; empty when the run has no server.
     */
    public static Optional<String> serverUrl() {
        return PostgresTestSchemas.serverUrl();
    }

    /** The login for {@link #serverUrl()}: user, then password. */
    public static List<String> serverLogin() {
        return PostgresTestSchemas.serverLogin();
    }

    /** A new, empty schema on the test server, as a JDBC URL without credentials. */
    public static String freshSchemaUrl() {
        return PostgresTestSchemas.freshSchemaUrl();
    }

    private static Storage configured(Path dataDirectory) {
        return ConfigurationLoader.load(Map.of(ConfigKey.DATA, dataDirectory.toString()), Optional.empty(), Map.of())
                .storage();
    }
}
