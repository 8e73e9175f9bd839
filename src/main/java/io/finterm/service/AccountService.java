package io.finterm.service;

import io.finterm.domain.Money;
import io.finterm.domain.Role;
import io.finterm.domain.SshKey;
import io.finterm.domain.Text;
import io.finterm.domain.User;
import io.finterm.domain.ValidationException;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.store.UniqueViolation;
import io.finterm.store.WriteTx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accounts: the first administrator, logins with lockout, logout, changing one's own password,
 * and the administrators' account management. Every {@code char[]} password passed in is wiped
 * before the method returns.
 */
public final class AccountService {
    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final Store store;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final AccountSettings settings;
    private final Clock clock;
    private final Sessions sessions;
    private final DefaultCategories defaults;
    private volatile String dummyHash;
    private final UnknownNames unknownNames;
    /** The last part of a failed login's wait is spun rather than slept, to end it on time. */
    private static final long BEAT_SPIN_NANOS = 2_000_000;

    public AccountService(Store store, PasswordHasher hasher, PasswordPolicy policy, AccountSettings settings,
                          DefaultCategories defaults, Clock clock) {
        this.store = store;
        this.defaults = defaults;
        this.hasher = hasher;
        this.policy = policy;
        this.settings = settings;
        this.clock = clock;
        this.sessions = new Sessions(store, clock, settings.idleTimeout());
        this.unknownNames = new UnknownNames(settings.lockoutFailures(), settings.lockoutDuration());
    }

    /** The session checks, for the other services. */
    Sessions sessions() {
        return sessions;
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
                return newUser(tx, name, Role.ADMIN, hash);
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
            User user = find(username);
            if (user == null) {
                hasher.verify(password, dummyHash()); // the same work as for a real account
                String name = String.valueOf(username).strip().toLowerCase(java.util.Locale.ROOT);
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
            store.write(tx -> tx.update(Schema.USERS, withLogin(current(tx, user.id()), now, rehash)));
            log.info("login: {} logged in{}", user.username(), rehash != null ? " (password rehashed)" : "");
            return new Session(user.id(), user.username(), user.role(), now);
        } catch (LoginFailed e) { // AccountLocked too
            answerOnTheBeat(started);
            throw e;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * Holds a failed login's answer until the next multiple of {@link AccountSettings#failureBeat()}
     * since it began, so that the small differences between the ways to fail (a known name's
     * failure is also written to disk) do not show in the time the answer takes.
     */
    private void answerOnTheBeat(long started) {
        long beat = settings.failureBeat().toNanos();
        if (beat <= 0) {
            return;
        }
        long elapsed = System.nanoTime() - started;
        long answerAt = started + (elapsed / beat + 1) * beat;
        try {
            // Sleep to just short of the beat, then spin: a sleep alone wakes tens of microseconds late, and not equally late.
            java.util.concurrent.TimeUnit.NANOSECONDS.sleep(answerAt - BEAT_SPIN_NANOS - System.nanoTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        while (System.nanoTime() < answerAt) {
            Thread.onSpinWait();
        }
    }

    /** Ends the session; every later call with it is refused. */
    public void logout(Session session) {
        if (session != null && session.ended() == null) {
            session.end(Session.End.LOGOUT);
            log.info("login: {} logged out", session.username());
        }
    }

    /** The acting user's own account: name, role and base currency. */
    public Profile profile(Session session) {
        User user = sessions.active(session);
        return new Profile(user.username(), user.role(), user.baseCurrency());
    }

    /** Changes the acting user's own password, after checking the current one. */
    public void changeOwnPassword(Session session, char[] current, char[] replacement) {
        try {
            User user = sessions.active(session);
            if (!hasher.verify(current, user.passwordHash())) {
                throw new ValidationException("current password", "is not right");
            }
            policy.check(user.username(), replacement);
            String hash = hasher.hash(replacement);
            store.write(tx -> tx.update(Schema.USERS, withHash(current(tx, user.id()), hash)));
            log.info("accounts: {} changed their password", user.username());
        } finally {
            Arrays.fill(current, '\0');
            Arrays.fill(replacement, '\0');
        }
    }

    /** Changes the currency the acting user keeps their books in: every report converts to it from now on. */
    public void changeBaseCurrency(Session session, Currency currency) {
        User user = sessions.active(session);
        if (currency == null) {
            throw new ValidationException("currency", "is required");
        }
        new Money(0, currency); // refuses what is not money, such as XAU or XXX
        store.write(tx -> {
            User u = current(tx, user.id());
            return tx.update(Schema.USERS, new User(u.id(), u.username(), u.role(), u.passwordHash(), u.createdAt(), u.lastLoginAt(),
                    u.failedLogins(), u.lockedUntil(), currency));
        });
        log.info("accounts: {} now keeps their books in {}", user.username(), currency.getCurrencyCode());
    }

    /** Registers a public key, an {@code authorized_keys} line, for the acting user's SSH logins. */
    public SshKey addKey(Session session, String authorizedKeysLine) {
        User user = sessions.active(session);
        try {
            SshKey key = store.write(tx -> tx.insert(Schema.SSH_KEYS, SshKey.parse(tx.nextId(Schema.SSH_KEYS), user.id(), authorizedKeysLine)));
            log.info("accounts: {} added the key {}", user.username(), key.fingerprint());
            return key;
        } catch (UniqueViolation e) {
            throw new ValidationException("key", "is already registered");
        }
    }

    /** The acting user's public keys. */
    public List<SshKey> listKeys(Session session) {
        User user = sessions.active(session);
        return store.read(rd -> rd.scan(Schema.SSH_KEYS_BY_USER, KeyRange.prefix(user.id()), Paging.all()).rows());
    }

    /** Removes one of the acting user's keys, by fingerprint; returns whether there was such a key. */
    public boolean removeKey(Session session, String fingerprint) {
        User user = sessions.active(session);
        boolean removed = store.write(tx -> tx.findUnique(Schema.SSH_KEYS_BY_FINGERPRINT, Text.clean(fingerprint))
                .filter(k -> k.userId() == user.id()).map(k -> tx.delete(Schema.SSH_KEYS, k.id())).orElse(false));
        if (removed) {
            log.info("accounts: {} removed the key {}", user.username(), Text.clean(fingerprint));
        }
        return removed;
    }

    /**
     * Whether {@code fingerprint} is one of {@code username}'s keys: what the SSH server asks before
     * the client proves it holds the private key. It logs nobody in and records nothing.
     */
    public boolean isKeyOf(String username, String fingerprint) {
        User user = find(username);
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
        User user = find(username);
        if (user == null || !isKeyOf(username, fingerprint)) {
            log.warn("login: a key login failed");
            throw new LoginFailed();
        }
        Instant lockEnd = lockEnd(user, now);
        if (lockEnd != null) {
            log.warn("login: {} is locked", user.username());
            throw new AccountLocked(lockEnd, clock.getZone());
        }
        store.write(tx -> tx.update(Schema.USERS, withLogin(current(tx, user.id()), now, null)));
        log.info("login: {} logged in with a key", user.username());
        return new Session(user.id(), user.username(), user.role(), now);
    }

    public List<UserSummary> listUsers(Session session) {
        sessions.admin(session, "list the accounts");
        Instant now = clock.instant();
        return store.read(rd -> {
            List<UserSummary> out = new ArrayList<>();
            rd.forEach(Schema.USERS, u -> out.add(
                    new UserSummary(u.username(), u.role(), u.createdAt(), u.lastLoginAt(), u.lockedUntil() != null && now.isBefore(u.lockedUntil()))));
            out.sort(java.util.Comparator.comparing(UserSummary::username));
            return out;
        });
    }

    public void createUser(Session session, String username, char[] password, Role role) {
        try {
            User admin = sessions.admin(session, "create accounts");
            String name = User.normalizeUsername(username);
            policy.check(name, password);
            String hash = hasher.hash(password);
            try {
                store.write(tx -> newUser(tx, name, role, hash));
            } catch (UniqueViolation e) {
                throw new ValidationException("username", "'" + name + "' is taken");
            }
            log.info("accounts: {} created {} ({})", admin.username(), name, role);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** What deleting {@code username} would remove, for the confirmation. Changes nothing. */
    public DeletedUser previewDelete(Session session, String username) {
        sessions.admin(session, "delete accounts");
        return store.read(rd -> ownedBy(rd, existing(rd, username)));
    }

    /**
     * Deletes an account with all its categories, transactions and budgets, in one transaction.
     * Nobody can delete themselves, and the last administrator cannot be deleted.
     */
    public DeletedUser deleteUser(Session session, String username) {
        User admin = sessions.admin(session, "delete accounts");
        DeletedUser deleted = store.write(tx -> {
            User target = existing(tx, username);
            if (target.id() == admin.id()) {
                throw new AccessDenied("you cannot delete your own account");
            }
            requireAnotherAdmin(tx, target, "delete");
            DeletedUser counts = ownedBy(tx, target);
            tx.delete(Schema.USERS, target.id());
            return counts;
        });
        log.info("accounts: {} deleted {} and {} records", admin.username(), deleted.username(), deleted.records());
        return deleted;
    }

    public void resetPassword(Session session, String username, char[] password) {
        try {
            User admin = sessions.admin(session, "reset passwords");
            User target = store.read(rd -> existing(rd, username));
            policy.check(target.username(), password);
            String hash = hasher.hash(password);
            store.write(tx -> tx.update(Schema.USERS, unlocked(withHash(current(tx, target.id()), hash))));
            log.info("accounts: {} reset the password of {}", admin.username(), target.username());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    public void unlock(Session session, String username) {
        User admin = sessions.admin(session, "unlock accounts");
        User target = store.write(tx -> tx.update(Schema.USERS, unlocked(existing(tx, username))));
        log.info("accounts: {} unlocked {}", admin.username(), target.username());
    }

    /** Changes a role; the last administrator cannot be demoted. */
    public void changeRole(Session session, String username, Role role) {
        User admin = sessions.admin(session, "change roles");
        User target = store.write(tx -> {
            User u = existing(tx, username);
            if (u.role() == role) {
                return u;
            }
            if (role != Role.ADMIN) {
                requireAnotherAdmin(tx, u, "demote");
            }
            return tx.update(Schema.USERS, new User(u.id(), u.username(), role, u.passwordHash(), u.createdAt(),
                    u.lastLoginAt(), u.failedLogins(), u.lockedUntil(), u.baseCurrency()));
        });
        log.info("accounts: {} made {} {}", admin.username(), target.username(), role);
    }

    // Helpers

    private User find(String username) {
        String name;
        try {
            name = User.normalizeUsername(username);
        } catch (ValidationException e) {
            return null;
        }
        return store.read(rd -> rd.findUnique(Schema.USERS_BY_NAME, name)).orElse(null);
    }

    private static User existing(ReadTx rd, String username) {
        String name = User.normalizeUsername(username);
        return rd.findUnique(Schema.USERS_BY_NAME, name)
                .orElseThrow(() -> new ValidationException("username", "there is no user '" + name + "'"));
    }

    private static User current(ReadTx rd, long id) {
        return rd.get(Schema.USERS, id).orElseThrow(() -> new AccessDenied("that account no longer exists"));
    }

    private static void requireAnotherAdmin(ReadTx rd, User target, String verb) {
        if (target.role() != Role.ADMIN) {
            return;
        }
        long[] admins = {0};
        rd.forEach(Schema.USERS, u -> admins[0] += u.role() == Role.ADMIN ? 1 : 0);
        if (admins[0] <= 1) {
            throw new AccessDenied("you cannot " + verb + " the last administrator");
        }
    }

    private static DeletedUser ownedBy(ReadTx rd, User user) {
        KeyRange mine = KeyRange.prefix(user.id());
        return new DeletedUser(user.username(), rd.count(Schema.CATEGORIES_BY_NAME, mine),
                rd.count(Schema.TX_BY_DATE, mine), rd.count(Schema.BUDGETS_BY_MONTH, mine));
    }

    /** Inserts an account with the default categories, in the caller's transaction. */
    private User newUser(WriteTx tx, String name, Role role, String hash) {
        User user = tx.insert(Schema.USERS,
                new User(tx.nextId(Schema.USERS), name, role, hash, clock.instant(), null, 0, null, settings.baseCurrency()));
        defaults.createFor(tx, user.id());
        return user;
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
                User u = current(tx, user.id());
                return tx.update(Schema.USERS, new User(u.id(), u.username(), u.role(), u.passwordHash(), u.createdAt(),
                        u.lastLoginAt(), u.failedLogins(), latest, u.baseCurrency()));
            });
            return latest;
        }
        return until;
    }

    private int recordFailure(long userId, Instant now) {
        return store.write(tx -> {
            User u = current(tx, userId);
            int failures = u.failedLogins() + 1;
            boolean lock = failures >= settings.lockoutFailures();
            tx.update(Schema.USERS, new User(u.id(), u.username(), u.role(), u.passwordHash(), u.createdAt(),
                    u.lastLoginAt(), lock ? 0 : failures, lock ? now.plus(settings.lockoutDuration()) : u.lockedUntil(),
                    u.baseCurrency()));
            return failures;
        });
    }

    private static User withLogin(User u, Instant now, String rehash) {
        return new User(u.id(), u.username(), u.role(), rehash != null ? rehash : u.passwordHash(), u.createdAt(),
                now, 0, null, u.baseCurrency());
    }

    private static User withHash(User u, String hash) {
        return new User(u.id(), u.username(), u.role(), hash, u.createdAt(), u.lastLoginAt(), u.failedLogins(),
                u.lockedUntil(), u.baseCurrency());
    }

    private static User unlocked(User u) {
        return new User(u.id(), u.username(), u.role(), u.passwordHash(), u.createdAt(), u.lastLoginAt(), 0, null,
                u.baseCurrency());
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
