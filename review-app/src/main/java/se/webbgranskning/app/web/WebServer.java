package se.webbgranskning.app.web;

import java.util.List;
import java.util.Set;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;

/** Builds the Javalin app: security first, then static assets, the features' routes and the error pages. */
public final class WebServer {

    private WebServer() {
    }

    /**
     * Few threads, not Jetty's default of 250: requests are short and CPU-bound, and dozens of threads running
     * at once on a few cores only make every request wait longer (the slowest most). Requests beyond these wait
     * in Jetty's queue, first come first served. Jetty itself needs some for accepting and selecting.
     */
    static org.eclipse.jetty.util.thread.QueuedThreadPool threadPool() {
        int cores = Runtime.getRuntime().availableProcessors();
        // one acceptor and one selector, and one and a half handlers per core (measured: bench/web.sh)
        int threads = Integer.getInteger("webbgranskning.threads", 2 + Math.max(3, cores * 3 / 2));
        org.eclipse.jetty.util.thread.QueuedThreadPool pool = new org.eclipse.jetty.util.thread.QueuedThreadPool(
                threads, Math.min(4, threads));
        pool.setName("web");
        return pool;
    }

    public static Javalin create(WebSecurity security, Templates templates, List<RouteGroup> features) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = 5_000_000L; // checklist uploads are YAML of some 100 kB
            config.jetty.threadPool = threadPool();
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/web/static";
                files.location = Location.CLASSPATH;
                files.roles = Set.of(Access.ANYONE);
            });
            config.staticFiles.add(files -> {
                files.hostedPath = "/webjars";
                files.directory = "/META-INF/resources/webjars";
                files.location = Location.CLASSPATH;
                files.roles = Set.of(Access.ANYONE);
            });
            config.requestLogger.http(RequestLog::finished);
            config.routes.before(RequestLog::start);
            config.routes.before(security::before);
            config.routes.beforeMatched(security::beforeMatched);
            features.forEach(feature -> feature.register(config.routes));
            new ErrorPages(templates).register(config.routes);
        });
    }
}
