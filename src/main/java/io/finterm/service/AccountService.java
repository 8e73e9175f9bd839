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
    private final AuditLog audit;
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
        this.audit = new AuditLog(clock);
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

    /** The audit log, for the other account services to record in. */
    AuditLog audit() {
        return audit;
    }

    /** Whether any account exists; the first run has none and offers to create the administrator. */
    public boolean hasUsers() {
        return store.read(rd -> rd.count(Schema.USERS)) > 0;
    }

    /**
     * Creates the first administrator; refused once any account exists. The audit log records it with
     * no actor (nobody is logged in yet) and {@code from} where it was set up.
     */
    public void createFirstAdmin(String username, char[] password, String from) {
        try {
            String name = User.normalizeUsername(username);
            policy.check(name, password);
            String hash = hasher.hash(password);
            store.write(tx -> {
                if (tx.count(Schema.USERS) > 0) {
                    throw new AccessDenied("the administrator already exists; log in instead");
                }
                User admin = rows.insert(tx, name, Role.ADMIN, hash);
                audit.record(tx, "", name, "user.created", from, "admin");
                return admin;
            });
            log.info("accounts: first administrator {} created", name);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * Logs in. A wrong password and an unknown username fail alike and take as long; after
     * {@code lockoutFailures} failures in a row the account is locked for a while. The audit log records
     * each login and each failure with {@code from} ({@code terminal}, {@code cli}, {@code ssh ADDRESS});
     * a failure is committed before the exception is thrown, in a write of its own.
     *
     * @throws LoginFailed   for a wrong username or password
     * @throws AccountLocked while the account is locked
     */
    public Session login(String username, char[] password, String from) {
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
                // never the typed name: it may be a password typed into the wrong field
                store.write(tx -> {
                    audit.record(tx, "", "", "login.failed", from, "unknown username");
                    return null;
                });
                log.warn("login: failed for an unknown username");
                throw new LoginFailed();
            }
            Instant lockEnd = lockEnd(user, now);
            if (lockEnd != null) {
                hasher.verify(password, user.passwordHash()); // the same work as for any other failure
                failedWhileLocked(user, from);
                throw new AccountLocked(lockEnd, clock.getZone());
            }
            if (!hasher.verify(password, user.passwordHash())) {
                int failures = recordFailure(user, now, from);
                log.warn("login: wrong password for {} ({} in a row)", user.username(), failures);
                throw new LoginFailed();
            }
            String rehash = hasher.needsRehash(user.passwordHash()) ? hasher.hash(password) : null;
            store.write(tx -> {
                audit.record(tx, user.username(), user.username(), "login.ok", from, "password");
                return tx.update(Schema.USERS, withLogin(UserRows.current(tx, user.id()), now, rehash));
            });
            log.info("login: {} logged in{}", user.username(), rehash != null ? " (password rehashed)" : "");
            return new Session(user.id(), user.username(), user.role(), now, from);
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
    public Session loginWithKey(String username, String fingerprint, String from) {
        Instant now = clock.instant();
        User user = rows.find(username);
        if (user == null || !isKeyOf(username, fingerprint)) {
            store.write(tx -> {
                audit.record(tx, "", user == null ? "" : user.username(), "login.failed", from, "key not registered");
                return null;
            });
            log.warn("login: a key login failed");
            throw new LoginFailed();
        }
        Instant lockEnd = lockEnd(user, now);
        if (lockEnd != null) {
            failedWhileLocked(user, from);
            throw new AccountLocked(lockEnd, clock.getZone());
        }
        store.write(tx -> {
            audit.record(tx, user.username(), user.username(), "login.ok", from, "key " + fingerprint);
            return tx.update(Schema.USERS, withLogin(UserRows.current(tx, user.id()), now, null));
        });
        log.info("login: {} logged in with a key", user.username());
        return new Session(user.id(), user.username(), user.role(), now, from);
    }

    /** An attempt on a locked account: a failed login, recorded before the refusal is thrown. */
    private void failedWhileLocked(User user, String from) {
        store.write(tx -> {
            audit.record(tx, "", user.username(), "login.failed", from, "account locked");
            return null;
        });
        log.warn("login: {} is locked", user.username());
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

    /** Counts a wrong password, locks the account at the limit, and records both, in one commit of its own. */
    private int recordFailure(User user, Instant now, String from) {
        return store.write(tx -> {
            User u = UserRows.current(tx, user.id());
            int failures = u.failedLogins() + 1;
            boolean lock = failures >= settings.lockoutFailures();
            Instant until = now.plus(settings.lockoutDuration());
            tx.update(Schema.USERS, lock ? u.withLockout(0, until) : u.withLockout(failures, u.lockedUntil()));
            audit.record(tx, "", u.username(), "login.failed", from, "wrong password");
            if (lock) {
                audit.record(tx, "", u.username(), "login.locked", from, failures + " failures in a row; locked until "
                        + until.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            }
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
