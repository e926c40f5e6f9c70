package se.webbgranskning.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/** Gives every command's {@code --help} Swedish section headings, so that the whole help text is in one language. */
final class SwedishHelp {

    private SwedishHelp() {
    }

    static void apply(CommandLine commandLine) {
        UsageMessageSpec usage = commandLine.getCommandSpec().usageMessage();
        usage.synopsisHeading("Användning: ");
        usage.commandListHeading("%nKommandon:%n");
        usage.optionListHeading("%nFlaggor:%n");
        usage.parameterListHeading("%nArgument:%n");
        usage.descriptionHeading("%n");
        usage.footerHeading("%n");
        usage.exitCodeListHeading("%nSlutkoder:%n");
        usage.exitCodeList(java.util.Map.of(
                " 0", "klart",
                " 1", "misslyckades (t.ex. ogiltigt innehåll i en fil)",
                " 2", "felaktig användning (okänd flagga, fil som saknas)"));
        commandLine.getSubcommands().values().forEach(SwedishHelp::apply);
    }
}
