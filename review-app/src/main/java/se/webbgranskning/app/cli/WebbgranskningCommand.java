package se.webbgranskning.app.cli;

import se.webbgranskning.app.auth.UsersCommand;
import se.webbgranskning.app.backup.BackupCommand;
import se.webbgranskning.app.backup.RestoreCommand;
import se.webbgranskning.app.serve.DemoCommand;
import se.webbgranskning.app.serve.ServeCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.webbgranskning.app.checklist.ChecklistCommand;
import se.webbgranskning.app.crawl.CrawlCommand;
import se.webbgranskning.app.db.DbCommand;
import se.webbgranskning.app.crawl.PagesCommand;
import se.webbgranskning.app.crawl.ReindexCommand;
import se.webbgranskning.app.crawl.VerifyCommand;
import se.webbgranskning.app.results.ExportCommand;
import se.webbgranskning.app.municipalities.MunicipalitiesCommand;
import se.webbgranskning.app.precheck.PrecheckCommand;
import se.webbgranskning.app.scoring.ScoreCommand;

/** The root command {@code webbgranskning}; the work is done by its subcommands. */
@Command(name = "webbgranskning",
        description = "Granskning av kommunernas webbinformation om hemtjänst (Delindex 1, information).",
        subcommands = {MunicipalitiesCommand.class, ChecklistCommand.class, ScoreCommand.class, CrawlCommand.class,
                PagesCommand.class, PrecheckCommand.class, ReindexCommand.class, VerifyCommand.class,
                BackupCommand.class, RestoreCommand.class, DbCommand.class,
                ServeCommand.class,
                DemoCommand.class, UsersCommand.class, ExportCommand.class},
        versionProvider = VersionProvider.class)
public final class WebbgranskningCommand extends CommandGroup {

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Visa versionen och avsluta.")
    private boolean version;
}
