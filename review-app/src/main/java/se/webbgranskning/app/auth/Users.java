package se.webbgranskning.app.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jdbi.v3.core.Jdbi;

import se.webbgranskning.app.UserError;
import se.webbgranskning.app.audit.AuditLog;

/** Accounts: creating, checking passwords, disabling and resetting. Every change is audited. */
public final class Users {

    /** An account just created or reset, with the password to hand over once. */
    public record Issued(User user, String password) {
    }

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    // No look-alikes (0/O, 1/l/I) so that a printed password can be typed without doubt.
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 16;

    private final Jdbi jdbi;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Predicate<String> knownMunicipality;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    // Compared against when the username is unknown, so that a wrong username costs as long as a wrong password.
    private final String decoyHash;

    public Users(Jdbi jdbi, PasswordHasher hasher, AuditLog audit, Predicate<String> knownMunicipality,
                 Clock clock) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.audit = audit;
        this.knownMunicipality = knownMunicipality;
        this.clock = clock;
        this.decoyHash = hasher.hash(generatePassword());
    }

    /** Creates an account with a generated password. */
    public Issued create(String actor, String username, String displayName, Role role, String kommunkod) {
        return create(actor, username, displayName, role, kommunkod, generatePassword());
    }

    public Issued create(String actor, String username, String displayName, Role role, String kommunkod,
                         String password) {
        String name = normalized(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new UserError("Användarnamnet måste vara 3–60 tecken: små bokstäver a–z, siffror, punkt,"
                    + " bindestreck eller understreck, och börja med en bokstav eller siffra.");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new UserError("Ange ett namn för kontot (det som visas för andra).");
        }
        String code = kommunkod == null || kommunkod.isBlank() ? null : kommunkod.strip();
        if (role == Role.MUNICIPALITY && (code == null || !knownMunicipality.test(code))) {
            throw new UserError("Ett kommunkonto måste ha en giltig kommunkod (fyra siffror, t.ex. 0180).");
        }
        if (role != Role.MUNICIPALITY && code != null) {
            throw new UserError("Bara kommunkonton har en kommunkod; lämna fältet tomt för " + role.label()
                    .toLowerCase(java.util.Locale.ROOT) + ".");
        }
        requireStrong(password);
        return jdbi.inTransaction(handle -> {
            UserDao dao = handle.attach(UserDao.class);
            if (dao.byUsername(name).isPresent()) {
                throw new UserError("Användarnamnet " + name + " är upptaget; välj ett annat.");
            }
            long id = dao.insert(name, displayName.strip(), role.key(), code, hasher.hash(password), now());
            audit.record(handle, actor, "konto skapat", "användare " + name, null, null, role.key());
            return new Issued(new User(id, name, displayName.strip(), role, code, false), password);
        });
    }

    /** The active account with this username and password, else empty (wrong, unknown or disabled alike). */
    public Optional<User> authenticate(String username, String password) {
        String name = normalized(username);
        Optional<UserDao.UserRow> row = jdbi.withExtension(UserDao.class, dao -> dao.byUsername(name));
        String hash = row.map(UserDao.UserRow::passwordHash).orElse(decoyHash);
        boolean matches = hasher.matches(password == null ? "" : password, hash);
        return row.filter(found -> matches && !found.disabled()).map(Users::toUser);
    }

    public Optional<User> byId(long id) {
        return jdbi.withExtension(UserDao.class, dao -> dao.byId(id)).map(Users::toUser);
    }

    public Optional<User> byUsername(String username) {
        return jdbi.withExtension(UserDao.class, dao -> dao.byUsername(username)).map(Users::toUser);
    }

    public List<User> all() {
        return jdbi.withExtension(UserDao.class, UserDao::all).stream().map(Users::toUser).toList();
    }

    public User setDisabled(String actor, String username, boolean disabled) {
        User user = existing(username);
        jdbi.useTransaction(handle -> {
            handle.attach(UserDao.class).setDisabled(user.id(), disabled);
            audit.record(handle, actor, disabled ? "konto avstängt" : "konto aktiverat", "användare " + username,
                    null, Boolean.toString(user.disabled()), Boolean.toString(disabled));
        });
        return new User(user.id(), user.username(), user.displayName(), user.role(), user.kommunkod(), disabled);
    }

    /** Gives the account a new generated password; the old one stops working at once. */
    public Issued resetPassword(String actor, String username) {
        User user = existing(username);
        String password = generatePassword();
        jdbi.useTransaction(handle -> {
            handle.attach(UserDao.class).setPasswordHash(user.id(), hasher.hash(password));
            audit.record(handle, actor, "lösenord återställt", "användare " + username, null, null, null);
        });
        return new Issued(user, password);
    }

    private User existing(String username) {
        return byUsername(username).orElseThrow(() -> new UserError("Det finns inget konto med användarnamnet "
                + username + "."));
    }

    /** Usernames are compared without case and surrounding spaces, as people type them. */
    static String normalized(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static void requireStrong(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new UserError("Lösenordet måste ha minst " + MIN_PASSWORD_LENGTH + " tecken.");
        }
    }

    private String generatePassword() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static User toUser(UserDao.UserRow row) {
        Role role = Role.fromKey(row.role()).orElseThrow(() -> new IllegalStateException(
                "Okänd roll i databasen för " + row.username() + ": " + row.role()));
        return new User(row.userId(), row.username(), row.displayName(), role, row.kommunkod(), row.disabled());
    }
}
