package se.webbgranskning.app.preview;

import java.util.List;
import java.util.Map;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.web.PageModel;
import se.webbgranskning.app.web.RouteGroup;
import se.webbgranskning.app.web.Templates;
import se.webbgranskning.app.web.WebSecurity;

/** The municipality's "Förhandsgranska vår webbplats": start a preview, watch it run, read what it found. */
public final class PreviewRoutes implements RouteGroup {

    public static final String PATH = "/kommun/forhandsgranska";

    private final Previews previews;
    private final Templates templates;

    public PreviewRoutes(Previews previews, Templates templates) {
        this.previews = previews;
        this.templates = templates;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH, this::show, Role.MUNICIPALITY);
        routes.post(PATH, this::start, Role.MUNICIPALITY);
        routes.get(PATH + "/status", this::status, Role.MUNICIPALITY);
    }

    private void show(Context ctx) {
        List<PreviewRun> history = previews.history(WebSecurity.requireSession(ctx).user());
        templates.render(ctx, "preview/page.jte", Map.of(
                "page", PageModel.of("Förhandsgranska vår webbplats", WebSecurity.requireSession(ctx), PATH),
                "history", history,
                "report", previews.latestReport(history),
                "dailyLimit", previews.settings().dailyLimit()));
    }

    private void start(Context ctx) {
        previews.start(WebSecurity.requireSession(ctx).user());
        ctx.redirect(PATH, HttpStatus.SEE_OTHER);
    }

    /** Polled by htmx while a preview runs; once it has ended, the whole page is reloaded to show the report. */
    private void status(Context ctx) {
        List<PreviewRun> history = previews.history(WebSecurity.requireSession(ctx).user());
        if (history.isEmpty() || !history.get(0).running()) {
            ctx.header("HX-Refresh", "true");
        }
        templates.render(ctx, "preview/status.jte", Map.of("history", history));
    }
}
