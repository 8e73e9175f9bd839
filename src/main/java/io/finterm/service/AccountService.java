package io.finterm.service;

import io.finterm.domain.Role;
import io.finterm.domain.User;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authentication: the first administrator, logins by password or key with lockout, logout, and who
 * a session is. A person's changes to their own account are {@link OwnAccountService}'s, and the
 * administrators' account management is {@link UserAdminService}'s. Every {@code char[]} password
 * passed in is wiped before the method returns.
 */
public final class AccountService {
    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final Store store;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final AccountSettings settings;
    private final Clock clock;
    private final Sessions sessions;
    private final UserRows rows;
    private final UnknownNames unknownNames;
    private final LoginBeat beat;
    private volatile String dummyHash;

    public AccountService(Store store, PasswordHasher hasher, PasswordPolicy policy, AccountSettings settings,
                          DefaultCategories defaults, Clock clock) {
        this(store, hasher, policy, settings, defaults, clock, new LoginBeat(settings.failureBeat()));
    }

    /** With the beat a failed login waits for given, so that a test can see when it is used. */
    AccountService(Store store, PasswordHasher hasher, PasswordPolicy policy, AccountSettings settings,
                   DefaultCategories defaults, Clock clock, LoginBeat beat) {
        this.store = store;
        this.hasher = hasher;
        this.policy = policy;
        this.settings = settings;
        this.clock = clock;
        this.sessions = new Sessions(store, clock, settings.idleTimeout());
        this.rows = new UserRows(store, clock, settings.baseCurrency(), defaults);
        this.unknownNames = new UnknownNames(settings.lockoutFailures(), settings.lockoutDuration());
        this.beat = beat;
    }

    /** The session checks, for the other services. */
    Sessions sessions() {
        return sessions;
    }

    /** The account rows, for the other account services. */
    UserRows rows() {
        return rows;
    }

    Clock clock() {
        return clock;
    }

    PasswordHasher hasher() {
        return hasher;
    }

    PasswordPolicy policy() {
        return policy;
    }

    /** Whether any account exists; the first run has none and offers to create the administrator. */
    public boolean hasUsers() {
        return store.read(rd -> rd.count(Schema.USERS)) > 0;
    }

    /** Creates the first administrator; refused once any account exists. */
    public void createFirstAdmin(String username, char[] password) {
        try {
            String name = User.normalizeUsername(username);
            policy.check(name, password);
            String hash = hasher.hash(password);
            store.write(tx -> {
                if (tx.count(Schema.USERS) > 0) {
                    throw new AccessDenied("the administrator already exists; log in instead");
                }
                return rows.insert(tx, name, Role.ADMIN, hash);
            });
            log.info("accounts: first administrator {} created", name);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * Logs in. A wrong password and an unknown username fail alike and take as long; after
     * {@code lockoutFailures} failures in a row the account is locked for a while.
     *
     * @throws LoginFailed   for a wrong username or password
     * @throws AccountLocked while the account is locked
     */
    public Session login(String username, char[] password) {
        long started = System.nanoTime();
        try {
            Instant now = clock.instant();
            User user = rows.find(username);
            if (user == null) {
                hasher.verify(password, dummyHash()); // the same work as for a real account
                String name = String.valueOf(username).strip().toLowerCase(Locale.ROOT);
                Instant until = unknownNames.lockedUntil(name, now);
                if (until != null) {
                    log.warn("login: an unknown username is locked");
                    throw new AccountLocked(until, clock.getZone());
                }
                unknownNames.fail(name, now);
                log.warn("login: failed for an unknown username");
                throw new LoginFailed();
            }
            Instant lockEnd = lockEnd(user, now);
            if (lockEnd != null) {
                hasher.verify(password, user.passwordHash()); // the same work as for any other failure
                log.warn("login: {} is locked", user.username());
                throw new AccountLocked(lockEnd, clock.getZone());
            }
            if (!hasher.verify(password, user.passwordHash())) {
                int failures = recordFailure(user.id(), now);
                log.warn("login: wrong password for {} ({} in a row)", user.username(), failures);
                throw new LoginFailed();
            }
            String rehash = hasher.needsRehash(user.passwordHash()) ? hasher.hash(password) : null;
            store.write(tx -> tx.update(Schema.USERS, withLogin(UserRows.current(tx, user.id()), now, rehash)));
            log.info("login: {} logged in{}", user.username(), rehash != null ? " (password rehashed)" : "");
            return new Session(user.id(), user.username(), user.role(), now, "");
        } catch (LoginFailed e) { // AccountLocked too
            beat.answerFailure(started);
            throw e;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Ends the session; every later call with it is refused. */
    public void logout(Session session) {
        if (session != null && session.ended() == null) {
            session.end(Session.End.LOGOUT);
            log.info("login: {} logged out", session.username());
        }
    }

    /** Who the session is: the acting user's name, role and base currency. */
    public Profile profile(Session session) {
        User user = sessions.active(session);
        return new Profile(user.username(), user.role(), user.baseCurrency());
    }

    /**
     * Whether {@code fingerprint} is one of {@code username}'s keys: what the SSH server asks before
     * the client proves it holds the private key. It logs nobody in and records nothing.
     */
    public boolean isKeyOf(String username, String fingerprint) {
        User user = rows.find(username);
        return user != null && store.read(rd -> rd.findUnique(Schema.SSH_KEYS_BY_FINGERPRINT, fingerprint))
                .map(k -> k.userId() == user.id()).orElse(false);
    }

    /**
     * A login by public key, for the SSH server to call only once the client has proved it holds the
     * private key: the key must be registered to {@code username}, who must not be locked out. Fails
     * with the same {@link LoginFailed} as a wrong password.
     */
    public Session loginWithKey(String username, String fingerprint) {
        Instant now = clock.instant();
        User user = rows.find(username);
        if (user == null || !isKeyOf(username, fingerprint)) {
            log.warn("login: a key login failed");
            throw new LoginFailed();
        }
        Instant lockEnd = lockEnd(user, now);
        if (lockEnd != null) {
            log.warn("login: {} is locked", user.username());
            throw new AccountLocked(lockEnd, clock.getZone());
        }
        store.write(tx -> tx.update(Schema.USERS, withLogin(UserRows.current(tx, user.id()), now, null)));
        log.info("login: {} logged in with a key", user.username());
        return new Session(user.id(), user.username(), user.role(), now, "");
    }

    /**
     * When {@code user}'s lockout ends, or {@code null} if it is not locked. A lock that ends further
     * away than a whole lockout means the clock was set back: it is set to a whole lockout from now
     * (and saved), so it neither vanishes nor lasts longer than a lockout in the new time.
     */
    private Instant lockEnd(User user, Instant now) {
        Instant until = user.lockedUntil();
        if (until == null || !now.isBefore(until)) {
            return null;
        }
        Instant latest = now.plus(settings.lockoutDuration());
        if (until.isAfter(latest)) {
            store.write(tx -> {
                User u = UserRows.current(tx, user.id());
                return tx.update(Schema.USERS, u.withLockout(u.failedLogins(), latest));
            });
            return latest;
        }
        return until;
    }

    private int recordFailure(long userId, Instant now) {
        return store.write(tx -> {
            User u = UserRows.current(tx, userId);
            int failures = u.failedLogins() + 1;
            boolean lock = failures >= settings.lockoutFailures();
            tx.update(Schema.USERS, lock ? u.withLockout(0, now.plus(settings.lockoutDuration())) : u.withLockout(failures, u.lockedUntil()));
            return failures;
        });
    }

    private static User withLogin(User u, Instant now, String rehash) {
        return (rehash != null ? u.withPasswordHash(rehash) : u).withLastLoginAt(now).unlocked();
    }

    private String dummyHash() {
        String h = dummyHash;
        if (h == null) {
            h = hasher.hash("not a real password".toCharArray());
            dummyHash = h;
        }
        return h;
    }
}
