package se.webbgranskning.app.snapshot;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes forms inert but visible: a reviewer must see a search box or a contact form as it looked, but nothing may
 * be submitted to the live site (the sandbox blocks submission too; this is the second layer).
 */
final class FormControls {

    private static final List<String> FORM_ATTRIBUTES =
            List.of("action", "method", "enctype", "target", "accept-charset", "novalidate", "autocomplete", "rel");

    private FormControls() {
    }

    static void disable(Document doc) {
        for (Element form : doc.select("form")) {
            // A div keeps the layout (and the id and classes the page's styles use) without any submit behaviour
            form.tagName("div");
            FORM_ATTRIBUTES.forEach(form::removeAttr);
        }
        doc.select("input, button, select, textarea").attr("disabled", "");
    }
}
