package se.webbgranskning.app.health;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.jdbi.v3.core.Jdbi;

import se.webbgranskning.app.web.Access;
import se.webbgranskning.app.web.RouteGroup;

/**
 * {@code GET /health}, without login, for a load balancer or monitoring: whether the database answers and the
 * data directory's disk has room (crawls and WARC files must never fill it). 200 when both are fine, 503
 * otherwise; nothing in the answer reveals data.
 */
public final class HealthRoutes implements RouteGroup {

    /** Below this much usable space a crawl could fill the disk half-way through a WARC record. */
    public static final long MINIMUM_FREE_BYTES = 1024L * 1024 * 1024;

    private final Jdbi jdbi;
    private final Path dataDirectory;
    private final long minimumFreeBytes;

    public HealthRoutes(Jdbi jdbi, Path dataDirectory) {
        this(jdbi, dataDirectory, MINIMUM_FREE_BYTES);
    }

    HealthRoutes(Jdbi jdbi, Path dataDirectory, long minimumFreeBytes) {
        this.jdbi = jdbi;
        this.dataDirectory = dataDirectory;
        this.minimumFreeBytes = minimumFreeBytes;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/health", this::health, Access.ANYONE);
    }

    private void health(Context ctx) {
        boolean database = databaseAnswers();
        long usable = usableBytes();
        boolean disk = usable >= minimumFreeBytes;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", database && disk ? "ok" : "fel");
        body.put("database", Map.of("ok", database));
        body.put("disk", Map.of("ok", disk, "usableBytes", usable, "minimumBytes", minimumFreeBytes));
        ctx.status(database && disk ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(body);
    }

    private boolean databaseAnswers() {
        try {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException unreachable) {
            return false;
        }
    }

    private long usableBytes() {
        try {
            return Files.getFileStore(dataDirectory).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }
}
