package se.webbgranskning.app.crawl;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

import se.webbgranskning.app.cli.CliFailure;
import se.webbgranskning.crawl.CrawlSettings;
import se.webbgranskning.crawl.net.HostResolver;

/** How a crawl fetches: politeness, limits, addresses. Shared by {@code crawl} and {@code precheck --site}. */
public final class CrawlOptions {

    @Option(names = "--allow-local", description = "Tillåt loopback-adresser (127.0.0.0/8, ::1; bara för test, demo och mätningar). Privata adresser och metadataadresser vägras ändå.")
    private boolean allowLocal;

    @Option(names = "--resolve", paramLabel = "NAMN=ADRESS", description = "Slå upp NAMN (eller *.domän) till ADRESS utan DNS, som curl --resolve (kan upprepas).")
    private List<String> resolve = new ArrayList<>();

    @Option(names = "--page-budget", paramLabel = "ANTAL", description = "Högst så många dokument per kommun (standard: ${DEFAULT-VALUE}).", defaultValue = "200")
    private int pageBudget;

    @Option(names = "--max-depth", paramLabel = "ANTAL", description = "Högst så många klick från startsidan (standard: ${DEFAULT-VALUE}).", defaultValue = "6")
    private int maxDepth;

    @Option(names = "--max-document-mb", paramLabel = "MB", description = "Största dokument som sparas, i MiB (standard: ${DEFAULT-VALUE}).", defaultValue = "50")
    private long maxDocumentMb;

    @Option(names = "--max-site-time", paramLabel = "TID", converter = DurationConverter.class, defaultValue = "30m", description = "Längsta tid per kommun (standard: ${DEFAULT-VALUE}).")
    private Duration maxSiteTime;

    @Option(names = "--delay", paramLabel = "TID", converter = DurationConverter.class, defaultValue = "1s", description = "Minsta tid mellan starten av två anrop till samma värd; robots.txt Crawl-delay gäller om den är längre (standard: ${DEFAULT-VALUE}).")
    private Duration delay;

    @Option(names = "--timeout", paramLabel = "TID", converter = DurationConverter.class, defaultValue = "30s", description = "Tidsgräns för anslutning och svar per anrop (standard: ${DEFAULT-VALUE}).")
    private Duration timeout;

    @Option(names = "--user-agent", paramLabel = "TEXT", description = "User-Agent med kontaktadress (standard: projektets).")
    private String userAgent = CrawlSettings.DEFAULT_USER_AGENT;

    @Option(names = "--parallel", paramLabel = "ANTAL", defaultValue = "32", description = "Antal kommuner som genomsöks samtidigt (standard: ${DEFAULT-VALUE}).")
    private int parallel;

    public CrawlSettings settings() {
        try {
            return new CrawlSettings(pageBudget, maxDepth, maxDocumentMb * 1024 * 1024, maxSiteTime, delay, timeout,
                    userAgent, parallel, allowLocal);
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage("Ogiltig inställning: " + e.getMessage());
        }
    }

    public HostResolver resolver() {
        return ResolveOverrides.resolver(resolve);
    }

    /** Says loudly that loopback may be reached, before anything is fetched. */
    public void warnIfLocal(PrintWriter out) {
        if (allowLocal) {
            out.println("VARNING: --allow-local är på: genomsökningen får ansluta till loopback-adresser.");
            out.flush();
        }
    }
}
