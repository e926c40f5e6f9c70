package se.webbgranskning.app.db;

import picocli.CommandLine.Command;

import se.webbgranskning.app.cli.CommandGroup;

/** {@code db}: work on the database as a whole. */
@Command(name = "db", description = "Databasen som helhet: kopiera en inbyggd installation till en annan databas.",
        subcommands = DbCopyCommand.class)
public final class DbCommand extends CommandGroup {
}
