package se.webbgranskning.app.cli;

import picocli.CommandLine.Option;

/** {@code -h/--help} with a Swedish description, mixed into every command. */
public final class HelpOptions {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Visa den här hjälpen och avsluta.")
    private boolean help;
}
