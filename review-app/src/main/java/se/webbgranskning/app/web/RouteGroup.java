package se.webbgranskning.app.web;

import io.javalin.config.RoutesConfig;

/** The routes of one feature; each names the roles allowed on every route it adds. */
public interface RouteGroup {

    void register(RoutesConfig routes);
}
