package se.webbgranskning.app.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import se.webbgranskning.crawl.index.PageIndex;

/**
 * Server-side sessions in the database, so that a restart does not log everyone out and nothing secret lives
 * in the cookie. Only a hash of the token is stored. Each session has its own CSRF token.
 */
public final class Sessions {

    /** A signed-in session: the account and the token its forms must send back. */
    public record Session(User user, String csrfToken) {
    }

    /** A session just opened: the cookie value to set, and the session. */
    public record Opened(String token, Session session) {
    }

    public static final Duration LIFETIME = Duration.ofHours(12);
    /**
     * How long a looked-up session is trusted without asking the database again: every request needs it, and
     * two queries per request are a large share of a page's cost. Closing sessions here clears them at once;
     * only a change made by another process (e.g. {@code users disable} on the command line) takes this long.
     */
    static final Duration CACHED_FOR = Duration.ofSeconds(15);

    private record Cached(Session session, java.time.Instant until) {
    }

    private final java.util.Map<String, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

    private final Jdbi jdbi;
    private final Users users;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Sessions(Jdbi jdbi, Users users, Clock clock) {
        this.jdbi = jdbi;
        this.users = users;
        this.clock = clock;
    }

    public Opened open(User user) {
        String token = randomToken();
        String csrf = randomToken();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbi.useHandle(handle -> {
            // Expired sessions are removed here rather than by a timer: logging in is frequent enough.
            handle.createUpdate("DELETE FROM app_session WHERE expires_at < :now").bind("now", now).execute();
            handle.createUpdate("INSERT INTO app_session (token_hash, user_id, csrf_token, created_at, expires_at)"
                            + " VALUES (:hash, :user, :csrf, :now, :expires)")
                    .bind("hash", hash(token))
                    .bind("user", user.id())
                    .bind("csrf", csrf)
                    .bind("now", now)
                    .bind("expires", now.plus(LIFETIME))
                    .execute();
        });
        return new Opened(token, new Session(user, csrf));
    }

    /** The live session of this cookie value; empty if unknown, expired, or its account is disabled. */
    public Optional<Session> find(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        String tokenHash = hash(token);
        java.time.Instant now = clock.instant();
        Cached cached = cache.get(tokenHash);
        if (cached != null && cached.until().isAfter(now)) {
            return Optional.of(cached.session());
        }
        Optional<Session> found = lookUp(tokenHash);
        if (found.isPresent()) {
            if (cache.size() > 10_000) {
                cache.clear(); // bounded: a flood of sessions must not grow memory without end
            }
            cache.put(tokenHash, new Cached(found.get(), now.plus(CACHED_FOR)));
        } else {
            cache.remove(tokenHash);
        }
        return found;
    }

    private Optional<Session> lookUp(String tokenHash) {
        record Row(long userId, String csrfToken) {
        }
        Optional<Row> row = jdbi.withHandle(handle -> handle.createQuery("SELECT user_id, csrf_token FROM app_session"
                        + " WHERE token_hash = :hash AND expires_at > :now")
                .bind("hash", tokenHash)
                .bind("now", OffsetDateTime.now(clock))
                .map((rs, ctx) -> new Row(rs.getLong("user_id"), rs.getString("csrf_token")))
                .findOne());
        return row.flatMap(found -> users.byId(found.userId())
                .filter(user -> !user.disabled())
                .map(user -> new Session(user, found.csrfToken())));
    }

    public void close(String token) {
        if (token != null) {
            cache.remove(hash(token));
            jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM app_session WHERE token_hash = :hash")
                    .bind("hash", hash(token)).execute());
        }
    }

    /** Ends every session of an account: after a password reset or when it is disabled. */
    public void closeAll(User user) {
        cache.values().removeIf(cached -> cached.session().user().id() == user.id());
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM app_session WHERE user_id = :user")
                .bind("user", user.id()).execute());
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String token) {
        return PageIndex.sha256Hex(token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
