package se.webbgranskning.app.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/**
 * Renders the jte templates compiled at build time (see the jte-maven-plugin in review-app/pom.xml). jte
 * escapes every value for its HTML context, so text from crawled pages or users can never become markup.
 */
public final class Templates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(
            null, ContentType.Html, Templates.class.getClassLoader(), "se.webbgranskning.app.web.templates");

    /** The size each template's page last had, so that the next one is rendered into a buffer large enough. */
    private final Map<String, Integer> lastSize = new ConcurrentHashMap<>();

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
        ctx.contentType("text/html; charset=utf-8").result(renderBytes(template, params));
    }

    byte[] renderBytes(String template, Map<String, Object> params) {
        PageBytes output = new PageBytes(lastSize.getOrDefault(template, 16 * 1024) * 5 / 4);
        engine.render(template, params, output);
        lastSize.put(template, output.length());
        return output.toByteArray();
    }
}
