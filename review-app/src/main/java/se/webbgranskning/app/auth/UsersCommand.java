package se.webbgranskning.app.auth;

import java.io.PrintWriter;
import java.time.Clock;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import se.webbgranskning.app.cli.CliFailure;
import se.webbgranskning.app.cli.CommandGroup;
import se.webbgranskning.app.cli.DataDirectoryOption;
import se.webbgranskning.app.cli.HelpOptions;
import se.webbgranskning.app.serve.AppServices;
import se.webbgranskning.municipality.MunicipalityRegistry;

/** {@code webbgranskning users add|disable|enable|reset|list}: accounts from the command line (the first admin). */
@Command(name = "users", description = "Konton i granskningsappen: skapa, stänga av, återställa lösenord, lista.",
        subcommands = {UsersCommand.Add.class, UsersCommand.Disable.class, UsersCommand.Enable.class,
                UsersCommand.Reset.class, UsersCommand.ListUsers.class})
public final class UsersCommand extends CommandGroup {

    /** Changes made here are audited as made by this actor. */
    static final String ACTOR = "kommandoraden";

    abstract static class UsersSubcommand implements Runnable {
        @Mixin
        private HelpOptions help;

        @Mixin
        private DataDirectoryOption data;

        @Spec
        CommandSpec spec;

        @Override
        public final void run() {
            AppServices services = AppServices.open(data.storage(), MunicipalityRegistry.bundled(),
                    Clock.systemDefaultZone());
            PrintWriter out = spec.commandLine().getOut();
            run(services, out);
            out.flush();
        }

        abstract void run(AppServices services, PrintWriter out);
    }

    @Command(name = "add", description = "Skapa ett konto. Lösenordet skapas slumpmässigt och skrivs ut en gång.")
    static final class Add extends UsersSubcommand {
        @Parameters(index = "0", paramLabel = "ANVÄNDARNAMN", description = "Inloggningsnamn, t.ex. anna.berg.")
        private String username;

        @Option(names = "--name", paramLabel = "NAMN", description = "Namnet som visas (standard: användarnamnet).")
        private String displayName;

        @Option(names = "--role", required = true, paramLabel = "ROLL",
                description = "admin (projektledare), reviewer (granskare) eller municipality (kommun).")
        private String role;

        @Option(names = "--municipality", paramLabel = "KOMMUNKOD", description = "Kommunkoden, bara för rollen municipality.")
        private String kommunkod;

        @Override
        void run(AppServices services, PrintWriter out) {
            Role parsed = Role.fromKey(role).orElseThrow(() -> CliFailure.usage(
                    "Okänd roll '" + role + "'. Välj admin, reviewer eller municipality."));
            Users.Issued issued = services.users().create(ACTOR, username, displayName == null ? username : displayName,
                    parsed, kommunkod);
            out.println("Kontot " + issued.user().username() + " (" + parsed.label().toLowerCase(java.util.Locale.ROOT)
                    + ") är skapat. Lösenord: " + issued.password());
            out.println("Lösenordet visas bara nu; lämna det till användaren på ett säkert sätt.");
        }
    }

    @Command(name = "disable", description = "Stäng av ett konto; dess inloggningar upphör direkt.")
    static final class Disable extends UsersSubcommand {
        @Parameters(index = "0", paramLabel = "ANVÄNDARNAMN")
        private String username;

        @Override
        void run(AppServices services, PrintWriter out) {
            User user = services.users().setDisabled(ACTOR, username, true);
            services.sessions().closeAll(user);
            out.println("Kontot " + username + " är avstängt.");
        }
    }

    @Command(name = "enable", description = "Aktivera ett avstängt konto igen.")
    static final class Enable extends UsersSubcommand {
        @Parameters(index = "0", paramLabel = "ANVÄNDARNAMN")
        private String username;

        @Override
        void run(AppServices services, PrintWriter out) {
            services.users().setDisabled(ACTOR, username, false);
            out.println("Kontot " + username + " är aktiverat.");
        }
    }

    @Command(name = "reset", description = "Ge ett konto ett nytt slumpat lösenord (skrivs ut en gång).")
    static final class Reset extends UsersSubcommand {
        @Parameters(index = "0", paramLabel = "ANVÄNDARNAMN")
        private String username;

        @Override
        void run(AppServices services, PrintWriter out) {
            Users.Issued issued = services.users().resetPassword(ACTOR, username);
            services.sessions().closeAll(issued.user());
            out.println("Nytt lösenord för " + username + ": " + issued.password());
        }
    }

    @Command(name = "list", description = "Lista kontona med roll, kommun och status.")
    static final class ListUsers extends UsersSubcommand {
        @Override
        void run(AppServices services, PrintWriter out) {
            for (User user : services.users().all()) {
                out.printf("%-24s %-14s %-5s %-9s %s%n", user.username(), user.role().label(),
                        user.municipality().orElse(""), user.disabled() ? "avstängt" : "aktivt", user.displayName());
            }
        }
    }
}
