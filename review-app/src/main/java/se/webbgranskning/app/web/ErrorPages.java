package se.webbgranskning.app.web;

import java.sql.SQLException;
import java.util.Map;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.jdbi.v3.core.ConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.webbgranskning.app.NotFound;
import se.webbgranskning.app.UserError;
import se.webbgranskning.app.db.SqlCauses;

/**
 * Errors as users see them: theirs with a Swedish message that says what to do, ours as a generic page with
 * the request's id, which is also in the request log and beside the stack trace, so that a report can be matched.
 */
final class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final Templates templates;

    ErrorPages(Templates templates) {
        this.templates = templates;
    }

    void register(RoutesConfig routes) {
        routes.exception(NotFound.class, (e, ctx) -> show(ctx, HttpStatus.NOT_FOUND, e.getMessage(), null));
        routes.exception(UserError.class, (e, ctx) -> show(ctx, HttpStatus.BAD_REQUEST, e.getMessage(), null));
        routes.exception(HttpResponseException.class, (e, ctx) ->
                show(ctx, HttpStatus.forStatus(e.getStatus()), e.getMessage(), null));
        routes.exception(Exception.class, (e, ctx) -> {
            String id = RequestLog.id(ctx);
            LOG.error("Fel {} vid {} {}", id, ctx.method(), ctx.path(), e);
            if (causedByDatabase(e)) {
                // Unreachable, closed or failing: nothing the user did, and the same request may work in a minute,
                // because every request asks the pool for a connection anew.
                show(ctx, HttpStatus.SERVICE_UNAVAILABLE, "Databasen går inte att nå just nu, så inget kunde läsas"
                        + " eller sparas. Försök igen om en stund; om felet står kvar, ange felkoden.", id);
                return;
            }
            show(ctx, HttpStatus.INTERNAL_SERVER_ERROR,
                    "Något gick fel hos oss. Försök igen om en stund; om felet står kvar, ange felkoden.", id);
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().equals("Not Found")) {
                show(ctx, HttpStatus.NOT_FOUND, "Sidan finns inte. Kontrollera adressen eller gå till startsidan.",
                        null);
            }
        });
    }

    /** Whether the failure came from the database or the connection to it (JDBI wraps the SQLException). */
    static boolean causedByDatabase(Throwable failure) {
        return SqlCauses.chain(failure)
                .anyMatch(cause -> cause instanceof SQLException || cause instanceof ConnectionException);
    }

    private void show(Context ctx, HttpStatus status, String message, String errorId) {
        ctx.status(status);
        if (ctx.header("HX-Request") != null) {
            // htmx swaps this into the page's message area (see app.js), so a failed save is never silent.
            ctx.contentType("text/plain; charset=utf-8").result(message);
            return;
        }
        templates.render(ctx, "error.jte", Map.of(
                "page", PageModel.of(title(status), WebSecurity.session(ctx).orElse(null), ctx.path()),
                "status", status.getCode(),
                "message", message,
                "errorId", errorId == null ? "" : errorId));
    }

    private static String title(HttpStatus status) {
        return switch (status.getCode()) {
            case 400 -> "Kontrollera uppgifterna";
            case 401 -> "Logga in";
            case 403 -> "Ingen behörighet";
            case 404 -> "Sidan finns inte";
            case 409 -> "Ändrat av någon annan";
            case 429 -> "Vänta en stund";
            case 503 -> "Databasen svarar inte";
            default -> "Något gick fel";
        };
    }
}
