package io.finterm.service;

import io.finterm.domain.Account;
import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.User;
import io.finterm.domain.ValidationException;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * An account's register: its transactions in date order (then in the order they were entered), each
 * with the running balance after it, a page at a time. The balance before a page comes from the
 * per-account monthly aggregate and at most one month of rows, so a page deep in a long history costs
 * about what the first one does.
 */
public final class AccountRegisterService {
    private final Store store;
    private final Sessions sessions;

    public AccountRegisterService(Store store, AccountService accounts) {
        this.store = store;
        this.sessions = accounts.sessions();
    }

    /**
     * {@code limit} transactions of the account called {@code accountName} ({@code null} for the
     * default) after skipping {@code offset}, oldest first, or newest first with {@code descending};
     * each with the balance just after it, which includes the opening balance from its date on.
     */
    public RegisterPage register(Session session, String accountName, int offset, int limit, boolean descending) {
        if (offset < 0 || limit < 0) {
            throw new ValidationException("page", "offset and limit must not be negative");
        }
        User user = sessions.active(session);
        return store.read(rd -> {
            Account a = AccountLookup.named(rd, user, "account", accountName);
            long total = Balances.count(rd, a);
            List<Transaction> page = rd.scan(Schema.TX_BY_ACCOUNT, KeyRange.prefix(user.id(), a.id()),
                    new Paging(offset, limit, null, descending)).rows();
            if (page.isEmpty()) {
                return new RegisterPage(a, total, List.of());
            }
            List<Transaction> oldestFirst = new ArrayList<>(page);
            if (descending) {
                Collections.reverse(oldestFirst);
            }
            Map<Long, String> categories = Categories.names(rd, user.id());
            Map<Long, String> accounts = AccountLookup.names(rd, user.id());
            long minor = Balances.before(rd, a, oldestFirst.get(0));
            List<RegisterLine> lines = new ArrayList<>(page.size());
            for (Transaction t : oldestFirst) {
                minor = Math.addExact(minor, t.signedMinor());
                String other = t.kind().isTransfer()
                        ? rd.get(Schema.TRANSACTIONS, t.transferId()).map(o -> accounts.get(o.accountId())).orElse("?") : null;
                lines.add(new RegisterLine(Listed.of(t, categories), other,
                        new Money(Math.addExact(minor, Balances.openingOn(a, t.date())), a.currency())));
            }
            if (descending) {
                Collections.reverse(lines);
            }
            return new RegisterPage(a, total, lines);
        });
    }
}
