package se.webbgranskning.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.webbgranskning.app.checklist.ChecklistCommand;
import se.webbgranskning.app.municipalities.MunicipalitiesCommand;
import se.webbgranskning.app.scoring.ScoreCommand;

/** The root command {@code webbgranskning}; the work is done by its subcommands. */
@Command(name = "webbgranskning",
        description = "Granskning av kommunernas webbinformation om hemtjänst (Delindex 1, information).",
        subcommands = {MunicipalitiesCommand.class, ChecklistCommand.class, ScoreCommand.class},
        versionProvider = VersionProvider.class)
public final class WebbgranskningCommand implements Runnable {

    @Mixin
    private HelpOptions help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Visa versionen och avsluta.")
    private boolean version;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }
}
