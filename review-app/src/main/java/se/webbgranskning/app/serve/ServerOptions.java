package se.webbgranskning.app.serve;

import java.util.concurrent.CountDownLatch;

import io.javalin.Javalin;
import picocli.CommandLine.Option;

import se.webbgranskning.app.cli.CliFailure;

/** {@code --port}, {@code --host} and {@code --secure-cookies}, shared by {@code serve} and {@code demo}. */
public final class ServerOptions {

    @Option(names = "--port", defaultValue = "7070", paramLabel = "PORT",
            description = "Porten appen lyssnar på (standard: ${DEFAULT-VALUE}; 0 = välj en ledig).")
    private int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADRESS",
            description = "Adressen appen lyssnar på (standard: ${DEFAULT-VALUE}, bara den här datorn;"
                    + " 0.0.0.0 = alla nätverk, lämpligt bakom en proxy med TLS).")
    private String host;

    @Option(names = "--secure-cookies", description = "Sätt Secure på sessionskakan (när appen nås över HTTPS).")
    private boolean secureCookies;

    boolean secureCookies() {
        return secureCookies;
    }

    Javalin start(Javalin app) {
        if (port < 0 || port > 65_535) {
            throw CliFailure.usage("Porten måste vara 0–65535, inte " + port + ".");
        }
        try {
            return app.start(host, port);
        } catch (RuntimeException e) {
            throw CliFailure.failure("Appen kunde inte starta på " + host + ":" + port + " (" + e.getMessage()
                    + "). Är porten upptagen? Välj en annan med --port.", e);
        }
    }

    String url(Javalin app) {
        String shownHost = host.equals("0.0.0.0") ? "127.0.0.1" : host;
        return "http://" + shownHost + ":" + app.port() + "/";
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
