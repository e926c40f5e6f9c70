package se.webbgranskning.app.serve;

import java.time.Clock;

import io.javalin.Javalin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import se.webbgranskning.app.cli.DataDirectoryOption;
import se.webbgranskning.app.cli.HelpOptions;
import se.webbgranskning.app.municipalities.RegistryOptions;

/** {@code serve}: the review app on the data directory, until stopped with Ctrl+C. */
@Command(name = "serve", description = {
        "Starta granskningsappen (webbgränssnittet) mot datakatalogen.",
        "%nDatabasen uppdateras vid start. Skapa det första administratörskontot med"
                + " 'webbgranskning users add --role admin'."})
public final class ServeCommand implements Runnable {

    @Mixin
    private HelpOptions help;

    @Mixin
    private DataDirectoryOption data;

    @Mixin
    private ServerOptions server;

    @Mixin
    private RegistryOptions registryOptions;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        AppServices services = AppServices.open(data.directory(), registryOptions.load(data.directory()).registry(),
                Clock.systemDefaultZone());
        Javalin app = server.start(services.webApp(server.secureCookies()));
        spec.commandLine().getOut().println("Granskningsappen körs på " + server.url(app)
                + "  (datakatalog " + data.directory() + "). Avsluta med Ctrl+C.");
        spec.commandLine().getOut().flush();
        ServerOptions.awaitShutdown(app);
    }
}
