package se.webbgranskning.app.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import io.javalin.security.RouteRole;

import se.webbgranskning.app.auth.Sessions;
import se.webbgranskning.app.auth.Sessions.Session;

/**
 * The checks every request passes: security headers, the session from the cookie, CSRF on every state
 * change, and the route's roles. Routes that forget their roles are refused (fail closed).
 */
public final class WebSecurity {

    public static final String SESSION_COOKIE = "wg_session";
    static final String CSRF_FIELD = "_csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String SESSION_ATTRIBUTE = "wg.session";
    private static final String CLIENT_ATTRIBUTE = "wg.client";
    static final String APP_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " frame-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'none'; object-src 'none'";
    private static final Set<HandlerType> SAFE_METHODS = Set.of(HandlerType.GET, HandlerType.HEAD,
            HandlerType.OPTIONS);

    private final Sessions sessions;
    private final boolean secureCookies;
    private final TrustedProxies proxies;

    /**
     * @param secureCookies always mark the session cookie {@code Secure}
     * @param proxies       the reverse proxies whose forwarded headers count: through them, a browser that used
     *                      HTTPS also gets a {@code Secure} cookie
     */
    public WebSecurity(Sessions sessions, boolean secureCookies, TrustedProxies proxies) {
        this.sessions = sessions;
        this.secureCookies = secureCookies;
        this.proxies = proxies;
    }

    /** Runs before every request, matched or not. */
    public void before(Context ctx) {
        ctx.attribute(CLIENT_ATTRIBUTE, proxies.client(ctx.ip(), "https".equalsIgnoreCase(ctx.scheme()),
                ctx.header("X-Forwarded-For"), ctx.header("X-Forwarded-Proto")));
        ctx.header("Content-Security-Policy", APP_CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "SAMEORIGIN");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        ctx.header("Cache-Control", "no-store");
        sessions.find(ctx.cookie(SESSION_COOKIE)).ifPresent(session -> ctx.attribute(SESSION_ATTRIBUTE, session));
    }

    /** Runs before every matched route and static file: the role check, then CSRF. */
    public void beforeMatched(Context ctx) {
        boolean changesState = !SAFE_METHODS.contains(ctx.method());
        if (changesState && crossOrigin(ctx)) {
            // Covers the forms that need no session (logging in) against login CSRF.
            throw new ForbiddenResponse("Formuläret kom från en annan webbplats och togs inte emot.");
        }
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.contains(Access.ANYONE)) {
            return;
        }
        Optional<Session> session = session(ctx);
        if (session.isEmpty()) {
            refuseAnonymous(ctx);
            return;
        }
        if (roles.stream().noneMatch(role -> role == session.get().user().role())) {
            throw new ForbiddenResponse("Du har inte behörighet till den här sidan.");
        }
        if (changesState && !csrfMatches(ctx, session.get().csrfToken())) {
            throw new ForbiddenResponse("Formuläret var för gammalt eller kom från en annan webbplats."
                    + " Ladda om sidan och försök igen.");
        }
    }

    /**
     * The client's address and whether it used HTTPS: from the proxy's headers only when the connection comes
     * from a trusted proxy, else the connection's own.
     */
    public static TrustedProxies.Client client(Context ctx) {
        TrustedProxies.Client client = ctx.attribute(CLIENT_ATTRIBUTE);
        return client != null ? client : new TrustedProxies.Client(ctx.ip(), "https".equalsIgnoreCase(ctx.scheme()));
    }

    public static Optional<Session> session(Context ctx) {
        return Optional.ofNullable(ctx.attribute(SESSION_ATTRIBUTE));
    }

    /** The signed-in session; only for routes whose roles already guarantee one. */
    public static Session requireSession(Context ctx) {
        return session(ctx).orElseThrow(() -> new IllegalStateException("route without a role check"));
    }

    public void startSession(Context ctx, Sessions.Opened opened) {
        ctx.cookie(new io.javalin.http.Cookie(SESSION_COOKIE, opened.token(), "/",
                (int) Sessions.LIFETIME.toSeconds(), secureCookies || client(ctx).https(), true, null, SameSite.LAX));
        ctx.attribute(SESSION_ATTRIBUTE, opened.session());
    }

    public void endSession(Context ctx) {
        sessions.close(ctx.cookie(SESSION_COOKIE));
        ctx.removeCookie(SESSION_COOKIE, "/");
    }

    private static void refuseAnonymous(Context ctx) {
        if (ctx.method() == HandlerType.GET && ctx.header("HX-Request") == null) {
            ctx.redirect("/logga-in?till=" + java.net.URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8),
                    HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        if (ctx.header("HX-Request") != null) {
            ctx.header("HX-Redirect", "/logga-in");
        }
        throw new io.javalin.http.UnauthorizedResponse("Du är inte inloggad. Logga in och försök igen.");
    }

    private static boolean crossOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || origin.isEmpty()) {
            return false; // older clients and command-line tools; the CSRF token still applies
        }
        try {
            java.net.URI uri = java.net.URI.create(origin);
            String host = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host == null || !host.equalsIgnoreCase(ctx.host());
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }

    private static boolean csrfMatches(Context ctx, String expected) {
        String sent = ctx.header(CSRF_HEADER);
        if (sent == null) {
            sent = ctx.formParam(CSRF_FIELD);
        }
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
