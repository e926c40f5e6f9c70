package se.webbgranskning.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;

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
        Map<String, String> exitCodes = new LinkedHashMap<>();
        exitCodes.put(" 0", "klart");
        exitCodes.put(" 1", "misslyckades (t.ex. ogiltigt innehåll i en fil)");
        exitCodes.put(" 2", "felaktig användning (okänd flagga, fil som saknas)");
        usage.exitCodeList(exitCodes);
        commandLine.getSubcommands().values().forEach(SwedishHelp::apply);
    }
}
