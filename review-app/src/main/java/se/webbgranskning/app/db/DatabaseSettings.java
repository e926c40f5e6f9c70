package se.webbgranskning.app.db;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Which database to use: a JDBC URL with its user and password. The default is the embedded H2 file
 * {@code webbgranskning.mv.db} in the data directory; {@code jdbc:postgresql://…} selects a PostgreSQL server.
 *
 * @param url      the JDBC URL
 * @param user     the user name, empty for none (H2's default user then)
 * @param password the password, empty for none; never printed
 * @param poolSize the most connections a PostgreSQL pool opens at once
 * @param embedded whether this is the default embedded database under {@code dataDirectory}
 */
public record DatabaseSettings(String url, String user, String password, int poolSize, boolean embedded,
                               Path dataDirectory) {

    public static final int DEFAULT_POOL_SIZE = 10;

    private static final Pattern SECRET_PARAMETER = Pattern.compile("(?i)([?&;](password|sslpassword)=)[^&;]*");

    /** The embedded H2 database of a data directory. */
    public static DatabaseSettings embedded(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        return new DatabaseSettings(embeddedUrl(directory), "", "", DEFAULT_POOL_SIZE, true, directory);
    }

    /** The URL of the embedded database under a data directory, as shown and used. */
    public static String embeddedUrl(Path dataDirectory) {
        return "jdbc:h2:file:" + dataDirectory.resolve(EmbeddedH2.FILE_NAME);
    }

    public boolean isPostgreSql() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** Where the data lives, for messages: the data directory, or the server URL (secrets masked). */
    public String location() {
        return embedded ? dataDirectory.toString() : masked(url);
    }

    /** A JDBC URL with the values of password parameters replaced, fit for printing and logs. */
    public static String masked(String url) {
        return SECRET_PARAMETER.matcher(url).replaceAll("$1******");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + masked(url) + ", user " + user + "]";
    }
}
