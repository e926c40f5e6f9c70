package se.webbgranskning.app.crawl;

import java.net.URI;

import se.webbgranskning.app.cli.CliFailure;
import se.webbgranskning.crawl.SiteTarget;
import se.webbgranskning.municipality.Municipality;
import se.webbgranskning.municipality.MunicipalityRegistry;

/** {@code --site KOD=URL}: a site to crawl under a kommunkod, named from the registry when it knows the code. */
public final class SiteSpecs {

    private SiteSpecs() {
    }

    public static SiteTarget parse(String spec, MunicipalityRegistry registry) {
        int eq = spec.indexOf('=');
        if (eq <= 0) {
            throw CliFailure.usage("--site väntar sig KOD=URL, t.ex. 9901=http://www.ekbacka.test:8080/: " + spec);
        }
        String code = spec.substring(0, eq).strip();
        String name = registry.byCode(code).map(Municipality::name).orElse("Webbplats " + code);
        try {
            return new SiteTarget(code, name, new URI(spec.substring(eq + 1).strip()));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw CliFailure.usage("Ogiltig --site " + spec + ": " + e.getMessage());
        }
    }
}
