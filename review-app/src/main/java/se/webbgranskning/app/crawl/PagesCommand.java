package se.webbgranskning.app.crawl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.webbgranskning.app.cli.CliFailure;
import se.webbgranskning.app.cli.DataDirectoryOption;
import se.webbgranskning.app.cli.HelpOptions;
import se.webbgranskning.crawl.index.IndexedPage;
import se.webbgranskning.crawl.index.PageIndex;
import se.webbgranskning.crawl.index.PageRow;

/** {@code pages}: what a crawl caught of one municipality, so an admin can check a snapshot before review starts. */
@Command(name = "pages", description = {
        "Lista sidindexet för en kommuns ögonblicksbild i en genomsökningsomgång.",
        "%nVisar adress, status, innehållstyp, klickdjup, titel, textlängd och felorsak. Med --text skrivs en sidas"
                + " utdragna text ut."})
public final class PagesCommand implements Runnable {

    enum Format { table, json }

    @Mixin
    private HelpOptions help;

    @Mixin
    private DataDirectoryOption data;

    @Option(names = "--round", required = true, paramLabel = "OMGÅNG", description = "Genomsökningsomgången, t.ex. 2026-11-24-1.")
    private String round;

    @Option(names = "--municipality", required = true, paramLabel = "KOMMUNKOD", description = "Kommunens kod.")
    private String code;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table eller json (standard: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--text", paramLabel = "URL", description = "Skriv ut den utdragna texten för sidan med den här adressen.")
    private String textUrl;

    @Option(names = "--all", description = "Ta med robots.txt-filerna i listan.")
    private boolean all;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        PageIndex index = CrawlIndexes.withRound(data.database(), round, ". Kör 'webbgranskning crawl' först.");
        List<IndexedPage> pages = index.pages(round, code);
        if (pages.isEmpty()) {
            throw CliFailure.failure("Omgången " + round + " har inga sidor för kommun " + code + ".");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (textUrl != null) {
            IndexedPage page = pages.stream().filter(p -> p.url().equals(textUrl)).findFirst()
                    .orElseThrow(() -> CliFailure.failure("Adressen " + textUrl + " finns inte i omgången."));
            out.println(Optional.ofNullable(page.mainText()).orElse(""));
        } else {
            List<IndexedPage> listed = pages.stream()
                    .filter(p -> all || PageRow.PURPOSE_PAGE.equals(p.purpose())).toList();
            out.print(format == Format.json ? json(listed) : PageTable.render(listed));
        }
        out.flush();
    }

    private static String json(List<IndexedPage> pages) {
        List<Map<String, Object>> rows = pages.stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("url", p.url());
            m.put("status", p.status());
            m.put("contentType", p.contentType());
            m.put("depth", p.depth());
            m.put("clickDepth", p.clickDepth());
            m.put("title", p.title());
            m.put("textLength", p.textLength());
            m.put("charset", p.charset());
            m.put("lastUpdated", p.lastUpdated() == null ? null : p.lastUpdated().toString());
            m.put("noindex", p.noindex());
            m.put("redirectChain", p.redirectChain() == null ? List.of() : List.of(p.redirectChain().split(" ")));
            m.put("parentUrl", p.parentUrl());
            m.put("payloadSha256", p.payloadSha256());
            m.put("warcRecordType", p.warcRecordType());
            m.put("warcFile", p.warcFile());
            m.put("warcOffset", p.warcOffset());
            m.put("warcLength", p.warcLength());
            m.put("failure", p.failureKind());
            m.put("failureReason", p.failureReason());
            return m;
        }).toList();
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
