package se.webbgranskning.app.admin;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import se.webbgranskning.app.UserError;
import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.auth.Sessions;
import se.webbgranskning.app.auth.User;
import se.webbgranskning.app.auth.Users;
import se.webbgranskning.app.web.PageModel;
import se.webbgranskning.app.web.RouteGroup;
import se.webbgranskning.app.web.Templates;
import se.webbgranskning.app.web.WebSecurity;

/** The admin's account page: create accounts, disable and enable them, reset passwords. */
public final class AccountRoutes implements RouteGroup {

    private final Users users;
    private final Sessions sessions;
    private final Templates templates;

    public AccountRoutes(Users users, Sessions sessions, Templates templates) {
        this.users = users;
        this.sessions = sessions;
        this.templates = templates;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/admin/konton", ctx -> show(ctx, "", "", Map.of()), Role.ADMIN);
        routes.post("/admin/konton", this::create, Role.ADMIN);
        routes.post("/admin/konton/{username}/stang-av", ctx -> setDisabled(ctx, true), Role.ADMIN);
        routes.post("/admin/konton/{username}/aktivera", ctx -> setDisabled(ctx, false), Role.ADMIN);
        routes.post("/admin/konton/{username}/aterstall", this::reset, Role.ADMIN);
    }

    private void create(Context ctx) {
        Map<String, String> form = new HashMap<>();
        for (String field : new String[] {"anvandarnamn", "namn", "roll", "kommunkod"}) {
            form.put(field, Optional.ofNullable(ctx.formParam(field)).orElse(""));
        }
        try {
            Role role = Role.fromKey(form.get("roll"))
                    .orElseThrow(() -> new UserError("Välj en roll: projektledare, granskare eller kommun."));
            Users.Issued issued = users.create(actor(ctx), form.get("anvandarnamn"), form.get("namn"), role,
                    form.get("kommunkod"));
            show(ctx, "Kontot " + issued.user().username() + " är skapat. Lösenordet visas bara nu:",
                    issued.password(), Map.of());
        } catch (UserError e) {
            ctx.status(400);
            show(ctx, e.getMessage(), "", form);
        }
    }

    private void setDisabled(Context ctx, boolean disabled) {
        String username = ctx.pathParam("username");
        if (username.equals(actor(ctx)) && disabled) {
            throw new UserError("Du kan inte stänga av ditt eget konto.");
        }
        User user = users.setDisabled(actor(ctx), username, disabled);
        if (disabled) {
            sessions.closeAll(user);
        }
        show(ctx, "Kontot " + username + (disabled ? " är avstängt." : " är aktiverat."), "", Map.of());
    }

    private void reset(Context ctx) {
        Users.Issued issued = users.resetPassword(actor(ctx), ctx.pathParam("username"));
        sessions.closeAll(issued.user());
        show(ctx, "Nytt lösenord för " + issued.user().username() + ". Det visas bara nu:", issued.password(),
                Map.of());
    }

    private void show(Context ctx, String message, String password, Map<String, String> form) {
        templates.render(ctx, "admin/accounts.jte", Map.of(
                "page", PageModel.of("Konton", WebSecurity.requireSession(ctx), "/admin/konton"),
                "users", users.all(),
                "message", message,
                "password", password,
                "form", form,
                "roles", Role.values()));
    }

    private static String actor(Context ctx) {
        return WebSecurity.requireSession(ctx).user().username();
    }
}
