package se.webbgranskning.app.cli;

import java.io.PrintWriter;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Entry point of {@code webbgranskning.jar}: runs a command and exits 0 (ok), 1 (failure) or 2 (bad usage). */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    /** picocli's own parse errors, in the Swedish of the rest of the command line. */
    private static final Map<String, String> PARSE_ERRORS_IN_SWEDISH = Map.of(
            "Unknown option: ", "Okänd flagga: ",
            "Unknown options: ", "Okända flaggor: ",
            "Missing required option: ", "Obligatorisk flagga saknas: ",
            "Missing required options: ", "Obligatoriska flaggor saknas: ",
            "Missing required parameter: ", "Obligatoriskt argument saknas: ",
            "Missing required parameters: ", "Obligatoriska argument saknas: ",
            "Missing required subcommand", "Ett underkommando krävs",
            "Invalid value for option ", "Ogiltigt värde för flaggan ",
            "Unmatched argument at index ", "Okänt argument på plats ",
            "Unmatched arguments from index ", "Okända argument från plats ");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code; used by {@link #main} and by the tests. */
    public static int run(String... args) {
        return newCommandLine().execute(args);
    }

    static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new WebbgranskningCommand());
        SwedishHelp.apply(commandLine);
        commandLine.setExecutionExceptionHandler(Main::handleExecutionException);
        commandLine.setParameterExceptionHandler(Main::handleParameterException);
        return commandLine;
    }

    private static int handleExecutionException(Exception exception, CommandLine commandLine,
            CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (exception instanceof CliFailure failure) {
            err.println(failure.getMessage());
            err.flush();
            return failure.exitCode();
        }
        if (exception instanceof se.webbgranskning.app.UserError userError) {
            err.println(userError.getMessage());
            err.flush();
            return ExitCodes.FAILURE;
        }
        LOG.error("Unexpected failure in '{}'", commandLine.getCommandName(), exception);
        err.println("Oväntat fel (" + exception.getClass().getSimpleName() + "): " + exception.getMessage());
        err.println("Detta är ett fel i programmet; kör gärna igen och rapportera meddelandet ovan.");
        err.flush();
        return ExitCodes.FAILURE;
    }

    private static int handleParameterException(ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("Fel: " + inSwedish(exception.getMessage()));
        err.println("Se '" + commandLine.getCommandSpec().qualifiedName() + " --help' för hur kommandot används.");
        err.flush();
        return ExitCodes.USAGE;
    }

    static String inSwedish(String message) {
        for (Map.Entry<String, String> translation : PARSE_ERRORS_IN_SWEDISH.entrySet()) {
            if (message.startsWith(translation.getKey())) {
                return translation.getValue() + message.substring(translation.getKey().length());
            }
        }
        return message;
    }
}
