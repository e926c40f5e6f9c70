package se.webbgranskning.app.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A command that only groups subcommands: called alone, it is a usage error (exit 2) that names the fix. */
public abstract class CommandGroup implements Runnable {

    @Mixin
    private HelpOptions help;

    @Spec
    private CommandSpec spec;

    @Override
    public final void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }
}
