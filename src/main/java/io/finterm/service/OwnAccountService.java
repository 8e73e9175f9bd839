package io.finterm.service;

import io.finterm.domain.Money;
import io.finterm.domain.SshKey;
import io.finterm.domain.Text;
import io.finterm.domain.User;
import io.finterm.domain.ValidationException;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.store.UniqueViolation;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Self-service: what a logged-in person changes on their own account (password, base currency and
 * SSH keys). Every call acts on the session's own account and no other. Every {@code char[]}
 * password passed in is wiped before the method returns.
 */
public final class OwnAccountService {
    private static final Logger log = LoggerFactory.getLogger(OwnAccountService.class);

    private final Store store;
    private final Sessions sessions;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final Steps steps;
    private final AuditLog audit;

    public OwnAccountService(Store store, AccountService accounts) {
        this.store = store;
        this.sessions = accounts.sessions();
        this.hasher = accounts.hasher();
        this.policy = accounts.policy();
        this.steps = new Steps(accounts.clock());
        this.audit = accounts.audit();
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
            store.write(tx -> {
                audit.own(tx, session, "password.changed", "");
                return tx.update(Schema.USERS, UserRows.current(tx, user.id()).withPasswordHash(hash));
            });
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
            steps.record(tx, user, "change of base currency to " + currency.getCurrencyCode());
            return tx.update(Schema.USERS, UserRows.current(tx, user.id()).withBaseCurrency(currency));
        });
        log.info("accounts: {} now keeps their books in {}", user.username(), currency.getCurrencyCode());
    }

    /** Registers a public key, an {@code authorized_keys} line, for the acting user's SSH logins. */
    public SshKey addKey(Session session, String authorizedKeysLine) {
        User user = sessions.active(session);
        try {
            SshKey key = store.write(tx -> {
                SshKey added = tx.insert(Schema.SSH_KEYS, SshKey.parse(tx.nextId(Schema.SSH_KEYS), user.id(), authorizedKeysLine));
                audit.own(tx, session, "key.added", added.fingerprint());
                return added;
            });
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
                .filter(k -> k.userId() == user.id()).map(k -> {
                    audit.own(tx, session, "key.removed", k.fingerprint());
                    return tx.delete(Schema.SSH_KEYS, k.id());
                }).orElse(false));
        if (removed) {
            log.info("accounts: {} removed the key {}", user.username(), Text.clean(fingerprint));
        }
        return removed;
    }
}
