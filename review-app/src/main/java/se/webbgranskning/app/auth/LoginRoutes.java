package se.webbgranskning.app.auth;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import se.webbgranskning.app.web.Access;
import se.webbgranskning.app.web.PageModel;
import se.webbgranskning.app.web.RouteGroup;
import se.webbgranskning.app.web.Templates;
import se.webbgranskning.app.web.WebSecurity;

/** Logging in and out, and the start page that sends each role to its own home. */
public final class LoginRoutes implements RouteGroup {

    private final Users users;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final WebSecurity security;
    private final Templates templates;

    public LoginRoutes(Users users, Sessions sessions, LoginThrottle throttle, WebSecurity security,
                       Templates templates) {
        this.users = users;
        this.sessions = sessions;
        this.throttle = throttle;
        this.security = security;
        this.templates = templates;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/", this::home, Access.ANYONE);
        routes.get("/logga-in", ctx -> showForm(ctx, HttpStatus.OK, "", ""), Access.ANYONE);
        routes.post("/logga-in", this::logIn, Access.ANYONE);
        routes.post("/logga-ut", this::logOut, Role.values());
    }

    private void home(Context ctx) {
        Optional<Sessions.Session> session = WebSecurity.session(ctx);
        ctx.redirect(session.map(found -> homeOf(found.user())).orElse("/logga-in"), HttpStatus.SEE_OTHER);
    }

    static String homeOf(User user) {
        return switch (user.role()) {
            case ADMIN -> "/admin";
            case REVIEWER -> "/mina-kommuner";
            case MUNICIPALITY -> "/kommun";
        };
    }

    private void logIn(Context ctx) {
        String username = Optional.ofNullable(ctx.formParam("anvandarnamn")).orElse("").strip();
        String password = Optional.ofNullable(ctx.formParam("losenord")).orElse("");
        String address = WebSecurity.client(ctx).address();
        Optional<Duration> wait = throttle.waitFor(username, address);
        if (wait.isPresent()) {
            showForm(ctx, HttpStatus.TOO_MANY_REQUESTS, username, "För många misslyckade inloggningar. Vänta "
                    + inWords(wait.get()) + " och försök igen.");
            return;
        }
        Optional<User> user = users.authenticate(username, password);
        if (user.isEmpty()) {
            throttle.failed(username, address);
            showForm(ctx, HttpStatus.UNAUTHORIZED, username,
                    "Fel användarnamn eller lösenord, eller så är kontot avstängt.");
            return;
        }
        throttle.succeeded(username);
        security.startSession(ctx, sessions.open(user.get()));
        ctx.redirect(safeTarget(ctx.formParam("till")).orElse(homeOf(user.get())), HttpStatus.SEE_OTHER);
    }

    private void logOut(Context ctx) {
        security.endSession(ctx);
        ctx.redirect("/logga-in", HttpStatus.SEE_OTHER);
    }

    private void showForm(Context ctx, HttpStatus status, String username, String error) {
        ctx.status(status);
        String target = safeTarget(ctx.queryParam("till")).or(() -> safeTarget(ctx.formParam("till"))).orElse("");
        templates.render(ctx, "auth/login.jte", Map.of(
                "page", PageModel.of("Logga in", null, "/logga-in"),
                "username", username,
                "error", error,
                "target", target));
    }

    /** Only a path of this app: an absolute or protocol-relative URL would make the form an open redirect. */
    static Optional<String> safeTarget(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.contains("\\")
                || target.length() > 500 || target.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        return Optional.of(target);
    }

    private static String inWords(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        return seconds < 120 ? seconds + " sekunder" : (seconds + 59) / 60 + " minuter";
    }
}
