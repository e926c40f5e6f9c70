package se.webbgranskning.app.web;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request on the logger {@code webbgranskning.requests}: request id, method, route, status,
 * milliseconds, the user's id and the client's address (from {@code X-Forwarded-For} only through a trusted
 * proxy) — never a password, session token or query string (a search may hold
 * personal data). The id is also sent as {@code X-Request-Id} and shown on error pages, so that a user's report
 * can be matched to the log.
 */
public final class RequestLog {

    private static final Logger LOG = LoggerFactory.getLogger("webbgranskning.requests");
    private static final String ID = "wg.requestId";

    private RequestLog() {
    }

    /** Gives the request its id; runs before everything else. */
    static void start(Context ctx) {
        String id = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        ctx.attribute(ID, id);
        ctx.header("X-Request-Id", id);
    }

    /** The request's id, for error pages and error log lines. */
    public static String id(Context ctx) {
        String id = ctx.attribute(ID);
        return id == null ? "-" : id;
    }

    static void finished(Context ctx, Float milliseconds) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        LOG.info("{} {} {} {} {} ms user={} client={}", id(ctx), ctx.method(), route(ctx), ctx.statusCode(),
                Math.round(milliseconds), user(ctx), WebSecurity.client(ctx).address());
    }

    /** The route's pattern (e.g. /granskning/{id}), not the path: ids in paths are not the log's business. */
    private static String route(Context ctx) {
        try {
            return ctx.endpoint() == null ? "(ingen route)" : ctx.endpoint().path;
        } catch (RuntimeException noEndpoint) {
            return "(ingen route)";
        }
    }

    private static String user(Context ctx) {
        return WebSecurity.session(ctx).map(session -> Long.toString(session.user().id())).orElse("-");
    }
}
