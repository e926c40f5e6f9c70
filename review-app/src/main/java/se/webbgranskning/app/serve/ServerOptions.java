package se.webbgranskning.app.serve;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import io.javalin.Javalin;
import picocli.CommandLine.Option;

import se.webbgranskning.app.cli.CliFailure;
import se.webbgranskning.app.config.ConfigKey;
import se.webbgranskning.app.config.Configuration;

/**
 * {@code --port}, {@code --host} and {@code --secure-cookies}, shared by {@code serve} and {@code demo}. Each beats
 * the configuration ({@code server.port}, {@code server.host}, {@code server.secure-cookies}) when given.
 */
public final class ServerOptions {

    @Option(names = "--port", paramLabel = "PORT",
            description = "Porten appen lyssnar på (standard: 7070; 0 = välj en ledig).")
    private Integer port;

    @Option(names = "--host", paramLabel = "ADRESS",
            description = "Adressen appen lyssnar på (standard: 127.0.0.1, bara den här datorn;"
                    + " 0.0.0.0 = alla nätverk, lämpligt bakom en proxy med TLS).")
    private String host;

    @Option(names = "--secure-cookies", description = "Sätt alltid Secure på sessionskakan (när appen nås över HTTPS).")
    private Boolean secureCookies;

    /** The options that were given, as configuration overrides. */
    Map<ConfigKey, String> overrides() {
        Map<ConfigKey, String> overrides = new EnumMap<>(ConfigKey.class);
        if (port != null) {
            overrides.put(ConfigKey.SERVER_PORT, port.toString());
        }
        if (host != null) {
            overrides.put(ConfigKey.SERVER_HOST, host);
        }
        if (secureCookies != null) {
            overrides.put(ConfigKey.SERVER_SECURE_COOKIES, secureCookies.toString());
        }
        return overrides;
    }

    static Javalin start(AppServices services, Configuration configuration) {
        Javalin app = services.webApp(configuration.secureCookies(), configuration.trustedProxies());
        String host = configuration.serverHost();
        int port = configuration.serverPort();
        try {
            return app.start(host, port);
        } catch (RuntimeException e) {
            throw CliFailure.failure("Appen kunde inte starta på " + host + ":" + port + " (" + e.getMessage()
                    + "). Är porten upptagen? Välj en annan med --port.", e);
        }
    }

    static String url(Javalin app, Configuration configuration) {
        String host = configuration.serverHost();
        String shownHost = host.equals("0.0.0.0") ? "127.0.0.1" : host;
        return "http://" + shownHost + ":" + app.port() + "/";
    }

    /** The effective configuration, secrets masked: what {@code serve} and {@code demo} print first. */
    static void print(Configuration configuration, PrintWriter out) {
        configuration.describe().forEach(out::println);
        out.flush();
    }

    /** Blocks until the JVM is asked to stop, then stops the server cleanly. */
    static void awaitShutdown(Javalin app) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stopped.countDown();
        }, "stop-web-app"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
