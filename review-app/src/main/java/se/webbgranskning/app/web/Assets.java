package se.webbgranskning.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Where the pages find their scripts: htmx from its WebJar, at the version the build pinned. */
public final class Assets {

    public static final String HTMX = "/webjars/htmx.org/" + webJarVersion("org.webjars.npm", "htmx.org")
            + "/dist/htmx.min.js";

    private Assets() {
    }

    private static String webJarVersion(String group, String artifact) {
        String path = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Assets.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("WebJar " + artifact + " saknas i klassökvägen");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
