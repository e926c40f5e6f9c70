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
     * encoding a whole page from a String per request was most of the cost of the largest pages.
     */
    public void render(Context ctx, String template, Map<String, Object> params) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        engine.render(template, params, output);
        ctx.contentType("text/html; charset=utf-8").result(output.toByteArray());
    }
}
