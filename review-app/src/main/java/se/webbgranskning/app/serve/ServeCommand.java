package se.webbgranskning.app.serve;

import java.time.Clock;

import io.javalin.Javalin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import se.webbgranskning.app.cli.DataDirectoryOption;
import se.webbgranskning.app.cli.HelpOptions;
import se.webbgranskning.app.config.Configuration;
import se.webbgranskning.app.municipalities.RegistryOptions;

/** {@code serve}: the review app on the data directory, until stopped with Ctrl+C. */
@Command(name = "serve", description = {
        "Starta granskningsappen (webbgränssnittet) mot datakatalogen.",
        "%nDatabasen uppdateras vid start. Skapa det första administratörskontot med"
                + " 'webbgranskning users add --role admin'. De gällande inställningarna skrivs ut vid start"
                + " (lösenord maskerade)."})
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
        Configuration configuration = data.configuration(server.overrides());
        ServerOptions.print(configuration, spec.commandLine().getOut());
        AppServices services = AppServices.open(configuration.storage(),
                registryOptions.load(configuration.database()).registry(), Clock.systemDefaultZone());
        Javalin app = ServerOptions.start(services, configuration);
        spec.commandLine().getOut().println("Granskningsappen körs på " + ServerOptions.url(app, configuration)
                + "  (datakatalog " + configuration.dataDirectory() + "). Avsluta med Ctrl+C.");
        spec.commandLine().getOut().flush();
        ServerOptions.awaitShutdown(app);
    }
}
