package se.webbgranskning.app.web;

import java.util.Map;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;

/**
 * Renders the jte templates compiled at build time (see the jte-maven-plugin in review-app/pom.xml). jte
 * escapes every value for its HTML context, so text from crawled pages or users can never become markup.
 */
public final class Templates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(
            null, ContentType.Html, Templates.class.getClassLoader(), "se.webbgranskning.app.web.templates");

    public String render(String template, Map<String, Object> params) {
        StringOutput output = new StringOutput();
        engine.render(template, params, output);
        return output.toString();
    }

    /**
     * Renders straight into UTF-8 bytes: the templates' fixed text is stored as bytes at build time, and
     * encoding a whole page from a String per request was most of the cost of the largest pages. The response
     * reads the rendered chunks where they are, not a copy joined into one array: on the review screen (some
     * 180 kB) that copy was a tenth of what a busy server allocated (bench/soak.sh). It stays a result, not a write
     * to the response, so that a handler may still set the status after rendering.
     */
    public void render(Context ctx, String template, Map<String, Object> params) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        engine.render(template, params, output);
        ctx.contentType("text/html; charset=utf-8").result(new RenderedChunks(output));
    }
}
