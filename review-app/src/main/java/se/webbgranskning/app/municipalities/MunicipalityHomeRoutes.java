package se.webbgranskning.app.municipalities;

import java.util.Map;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.auth.User;
import se.webbgranskning.app.web.PageModel;
import se.webbgranskning.app.web.RouteGroup;
import se.webbgranskning.app.web.Templates;
import se.webbgranskning.app.web.WebSecurity;

/**
 * A municipality account's home: its own municipality and nothing of any review, which stays unseen until
 * results are published.
 */
public final class MunicipalityHomeRoutes implements RouteGroup {

    private final MunicipalityNames names;
    private final Templates templates;

    public MunicipalityHomeRoutes(MunicipalityNames names, Templates templates) {
        this.names = names;
        this.templates = templates;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/kommun", this::home, Role.MUNICIPALITY);
    }

    private void home(Context ctx) {
        User user = WebSecurity.requireSession(ctx).user();
        String code = user.municipality().orElseThrow(() -> new IllegalStateException(
                "municipality account without kommunkod: " + user.username()));
        String name = names.name(code).orElse(code);
        templates.render(ctx, "municipality/home.jte", Map.of(
                "page", PageModel.of(name, WebSecurity.requireSession(ctx), "/kommun"),
                "name", name,
                "code", code));
    }
}
