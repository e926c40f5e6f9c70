package se.webbgranskning.app.auth;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for accounts. */
interface UserDao {

    /** A row as stored, hash included; it never leaves this package. */
    record UserRow(long userId, String username, String displayName, String role, String kommunkod,
                   String passwordHash, boolean disabled) {
    }

    String COLUMNS = "user_id, username, display_name, role, kommunkod, password_hash, disabled";

    @SqlUpdate("INSERT INTO app_user (username, display_name, role, kommunkod, password_hash, disabled, created_at)"
            + " VALUES (:username, :displayName, :role, :kommunkod, :hash, FALSE, :at)")
    @GetGeneratedKeys("user_id")
    long insert(@Bind("username") String username, @Bind("displayName") String displayName,
                @Bind("role") String role, @Bind("kommunkod") String kommunkod, @Bind("hash") String hash,
                @Bind("at") OffsetDateTime at);

    @SqlQuery("SELECT " + COLUMNS + " FROM app_user WHERE username = :username")
    @RegisterConstructorMapper(UserRow.class)
    Optional<UserRow> byUsername(@Bind("username") String username);

    @SqlQuery("SELECT " + COLUMNS + " FROM app_user WHERE user_id = :id")
    @RegisterConstructorMapper(UserRow.class)
    Optional<UserRow> byId(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM app_user ORDER BY role, username")
    @RegisterConstructorMapper(UserRow.class)
    List<UserRow> all();

    @SqlUpdate("UPDATE app_user SET disabled = :disabled WHERE user_id = :id")
    int setDisabled(@Bind("id") long id, @Bind("disabled") boolean disabled);

    @SqlUpdate("UPDATE app_user SET password_hash = :hash WHERE user_id = :id")
    int setPasswordHash(@Bind("id") long id, @Bind("hash") String hash);
}
