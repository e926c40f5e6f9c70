package se.webbgranskning.app.web;

import java.nio.file.Path;
import java.time.Clock;

import io.javalin.Javalin;

import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.auth.Users;
import se.webbgranskning.app.db.TestDatabases;
import se.webbgranskning.app.serve.AppServices;
import se.webbgranskning.municipality.MunicipalityRegistry;

/** The review app on a fresh data directory and a free port of 127.0.0.1, as tests drive it over real HTTP. */
public final class TestApp implements AutoCloseable {

    /** The password every test account gets, so that tests can log in. */
    public static final String PASSWORD = "testlösenord-123";

    private final AppServices services;
    private final Javalin javalin;

    private TestApp(AppServices services, Javalin javalin) {
        this.services = services;
        this.javalin = javalin;
    }

    public static TestApp start(Path dataDirectory) {
        return start(dataDirectory, Clock.systemDefaultZone());
    }

    public static TestApp start(Path dataDirectory, Clock clock) {
        AppServices services = AppServices.open(TestDatabases.storage(dataDirectory), MunicipalityRegistry.bundled(),
                clock);
        Javalin javalin = services.webApp(false).start("127.0.0.1", 0);
        return new TestApp(services, javalin);
    }

    /** The app on a fresh data directory behind reverse proxies whose forwarded headers it believes. */
    public static TestApp startBehindProxy(Path dataDirectory, TrustedProxies proxies) {
        AppServices services = AppServices.open(TestDatabases.storage(dataDirectory), MunicipalityRegistry.bundled(),
                Clock.systemDefaultZone());
        return new TestApp(services, services.webApp(false, proxies).start("127.0.0.1", 0));
    }

    /** The app over an already opened set of services (e.g. {@link DemoWorld}'s). */
    public static TestApp startOn(AppServices services) {
        return new TestApp(services, services.webApp(false).start("127.0.0.1", 0));
    }

    public Users.Issued account(String username, Role role) {
        return account(username, role, null);
    }

    public Users.Issued account(String username, Role role, String kommunkod) {
        return services.users().create("test", username, "Test " + username, role, kommunkod, PASSWORD);
    }

    /** A browser-like client, already logged in as this user. */
    public WebClient loggedIn(String username) {
        WebClient client = new WebClient(baseUrl());
        client.logIn(username, PASSWORD);
        return client;
    }

    public WebClient anonymous() {
        return new WebClient(baseUrl());
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + javalin.port();
    }

    public AppServices services() {
        return services;
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
