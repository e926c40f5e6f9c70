package se.webbgranskning.app.web;

import java.util.List;
import java.util.Set;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;

/** Builds the Javalin app: security first, then static assets, the features' routes and the error pages. */
public final class WebServer {

    private WebServer() {
    }

    public static Javalin create(WebSecurity security, Templates templates, List<RouteGroup> features) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = 5_000_000L; // checklist uploads are YAML of some 100 kB
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
            config.routes.before(security::before);
            config.routes.beforeMatched(security::beforeMatched);
            features.forEach(feature -> feature.register(config.routes));
            new ErrorPages(templates).register(config.routes);
        });
    }
}
