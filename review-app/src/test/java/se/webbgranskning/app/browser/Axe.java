package se.webbgranskning.app.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs axe-core (vendored under test resources browser/axe/, see its README.txt) in the page a {@link Browser}
 * shows, against WCAG 2.0 and 2.1 A and AA, and lists the serious and critical violations.
 */
final class Axe {

    static final String VERSION = "4.14.1";

    private static final String SOURCE = load();

    /** Injected anew on every page: a navigation forgets it. */
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                .then(results => done({violations: results.violations.map(v => ({
                        id: v.id, impact: v.impact, help: v.help,
                        targets: v.nodes.map(n => n.target.map(t => JSON.stringify(t)).join(' > '))}))}))
                .catch(error => done({error: String(error)}));
            """;

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    /** One rule broken on a page, with the elements that break it. */
    record Violation(String id, String impact, String help, List<String> targets) {

        @Override
        public String toString() {
            return impact + " " + id + ": " + help + "\n      " + String.join("\n      ", targets);
        }
    }

    private Axe() {
    }

    /** The serious and critical WCAG 2.1 AA violations on the page the browser shows now. */
    @SuppressWarnings("unchecked")
    static List<Violation> blockingViolations(Browser browser) {
        browser.script(SOURCE + "\n;return axe.version;");
        Object version = browser.script("return axe.version;");
        if (!VERSION.equals(version)) {
            throw new IllegalStateException("expected axe-core " + VERSION + ", the page has " + version);
        }
        Map<String, Object> outcome = (Map<String, Object>) browser.asyncScript(RUN);
        if (outcome.containsKey("error")) {
            throw new IllegalStateException("axe.run failed: " + outcome.get("error"));
        }
        return ((List<Map<String, Object>>) outcome.get("violations")).stream()
                .map(v -> new Violation((String) v.get("id"), String.valueOf(v.get("impact")), (String) v.get("help"),
                        (List<String>) v.get("targets")))
                .filter(v -> BLOCKING.contains(v.impact()))
                .toList();
    }

    /** The violations as a readable list for an assertion message. */
    static String describe(String page, List<Violation> violations) {
        return violations.stream().map(Violation::toString)
                .collect(Collectors.joining("\n  ", page + ": " + violations.size()
                        + " serious or critical accessibility violation(s)\n  ", ""));
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/browser/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing from the test resources (browser/axe/)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
