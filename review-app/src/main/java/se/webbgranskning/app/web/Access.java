package se.webbgranskning.app.web;

import io.javalin.security.RouteRole;

/**
 * Route roles beyond the account roles. Every route must name its roles; a route that names none is refused
 * to everyone, so forgetting them fails closed.
 */
public enum Access implements RouteRole {
    /** Reachable without logging in: the login page and static assets. */
    ANYONE
}
