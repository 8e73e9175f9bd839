package io.finterm.service;

import io.finterm.domain.Role;
import io.finterm.domain.User;
import io.finterm.domain.ValidationException;
import io.finterm.store.KeyRange;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.store.UniqueViolation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Administration: the administrators' management of other people's accounts (list, create, delete,
 * reset a password, unlock, change a role). Every call needs a session that is an administrator now.
 * Every {@code char[]} password passed in is wiped before the method returns.
 */
public final class UserAdminService {
    private static final Logger log = LoggerFactory.getLogger(UserAdminService.class);

    private final Store store;
    private final Sessions sessions;
    private final UserRows rows;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final Clock clock;
    private final AuditLog audit;
    private final Steps steps;

    public UserAdminService(Store store, AccountService accounts) {
        this.store = store;
        this.sessions = accounts.sessions();
        this.rows = accounts.rows();
        this.hasher = accounts.hasher();
        this.policy = accounts.policy();
        this.clock = accounts.clock();
        this.audit = accounts.audit();
        this.steps = new Steps(accounts.clock());
    }

    public List<UserSummary> listUsers(Session session) {
        sessions.admin(session, "list the accounts");
        Instant now = clock.instant();
        return store.read(rd -> {
            List<UserSummary> out = new ArrayList<>();
            rd.forEach(Schema.USERS, u -> out.add(
                    new UserSummary(u.username(), u.role(), u.createdAt(), u.lastLoginAt(), u.lockedUntil() != null && now.isBefore(u.lockedUntil()))));
            out.sort(Comparator.comparing(UserSummary::username));
            return out;
        });
    }

    /** Creates an account: a step of the administrator's, undone only while the account holds nothing but what it was made with. */
    public void createUser(Session session, String username, char[] password, Role role) {
        try {
            User admin = sessions.admin(session, "create accounts");
            String name = User.normalizeUsername(username);
            policy.check(name, password);
            String hash = hasher.hash(password);
            try {
                store.write(tx -> {
                    User created = rows.insert(tx, name, role, hash);
                    audit.record(tx, admin.username(), name, "user.created", session.from(), role(role));
                    steps.record(tx, admin, "new user '" + name + "'");
                    return created;
                });
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
        return store.read(rd -> ownedBy(rd, UserRows.existing(rd, username)));
    }

    /**
     * Deletes an account with all its categories, transactions and budgets, in one transaction.
     * Nobody can delete themselves, and the last administrator cannot be deleted.
     */
    public DeletedUser deleteUser(Session session, String username) {
        User admin = sessions.admin(session, "delete accounts");
        DeletedUser deleted = store.write(tx -> {
            User target = UserRows.existing(tx, username);
            if (target.id() == admin.id()) {
                throw new AccessDenied("you cannot delete your own account");
            }
            requireAnotherAdmin(tx, target, "delete");
            DeletedUser counts = ownedBy(tx, target);
            tx.delete(Schema.USERS, target.id());
            audit.record(tx, admin.username(), target.username(), "user.deleted", session.from(), counts.records() + " records");
            return counts;
        });
        log.info("accounts: {} deleted {} and {} records", admin.username(), deleted.username(), deleted.records());
        return deleted;
    }

    /** Sets another person's password and lifts any lockout. */
    public void resetPassword(Session session, String username, char[] password) {
        try {
            User admin = sessions.admin(session, "reset passwords");
            User target = store.read(rd -> UserRows.existing(rd, username));
            policy.check(target.username(), password);
            String hash = hasher.hash(password);
            store.write(tx -> {
                audit.record(tx, admin.username(), target.username(), "user.password-reset", session.from(), "");
                return tx.update(Schema.USERS, UserRows.current(tx, target.id()).withPasswordHash(hash).unlocked());
            });
            log.info("accounts: {} reset the password of {}", admin.username(), target.username());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Lifts a lockout: a step of the administrator's. */
    public void unlock(Session session, String username) {
        User admin = sessions.admin(session, "unlock accounts");
        User target = store.write(tx -> {
            User u = tx.update(Schema.USERS, UserRows.existing(tx, username).unlocked());
            audit.record(tx, admin.username(), u.username(), "user.unlocked", session.from(), "");
            steps.record(tx, admin, "unlock of " + u.username());
            return u;
        });
        log.info("accounts: {} unlocked {}", admin.username(), target.username());
    }

    /** Changes a role, a step of the administrator's; the last administrator cannot be demoted. */
    public void changeRole(Session session, String username, Role role) {
        User admin = sessions.admin(session, "change roles");
        User target = store.write(tx -> {
            User u = UserRows.existing(tx, username);
            if (u.role() == role) {
                return u;
            }
            if (role != Role.ADMIN) {
                requireAnotherAdmin(tx, u, "demote");
            }
            String change = role(u.role()) + " → " + role(role);
            audit.record(tx, admin.username(), u.username(), "user.role", session.from(), change);
            steps.record(tx, admin, "role of " + u.username() + ": " + change);
            return tx.update(Schema.USERS, u.withRole(role));
        });
        log.info("accounts: {} made {} {}", admin.username(), target.username(), role);
    }

    /** A role as the CLI spells it: user, admin. */
    private static String role(Role role) {
        return role.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static void requireAnotherAdmin(ReadTx rd, User target, String verb) {
        if (target.role() != Role.ADMIN) {
            return;
        }
        if (UserRows.administrators(rd) <= 1) {
            throw new AccessDenied("you cannot " + verb + " the last administrator");
        }
    }

    private static DeletedUser ownedBy(ReadTx rd, User user) {
        KeyRange mine = KeyRange.prefix(user.id());
        return new DeletedUser(user.username(), rd.count(Schema.CATEGORIES_BY_NAME, mine),
                rd.count(Schema.TX_BY_DATE, mine), rd.count(Schema.BUDGETS_BY_MONTH, mine));
    }
}
