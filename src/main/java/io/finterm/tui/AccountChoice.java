package io.finterm.tui;

import io.finterm.domain.Account;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.service.AccountLine;
import io.finterm.service.Filter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of the user's accounts the transactions table shows: all of them, or one, chosen in turn
 * (all → each account by name → all). It also names the account of a row, and the other side of a
 * transfer leg ("transfer → Savings"), which the table asks for only for the rows on screen.
 */
final class AccountChoice {
    private final Tui tui;
    private List<Account> accounts = List.of();
    private final Map<Long, String> names = new HashMap<>();
    /** The account of the other leg, by leg id: read once per leg shown. */
    private final Map<Long, Long> otherSide = new HashMap<>();
    /** The chosen account's id, or 0 for all. */
    private long chosen;

    AccountChoice(Tui tui) {
        this.tui = tui;
    }

    /** Reads the accounts again; a chosen account that has gone means all again. */
    void load() {
        accounts = tui.services().accountBook().list(tui.session()).stream().map(AccountLine::account).toList();
        names.clear();
        otherSide.clear();
        accounts.forEach(a -> names.put(a.id(), a.name()));
        if (!names.containsKey(chosen)) {
            chosen = 0;
        }
    }

    /** The next choice in the cycle: {@code +1} forwards, {@code -1} back. */
    void cycle(int direction) {
        List<Long> cycle = new ArrayList<>();
        cycle.add(0L);
        accounts.forEach(a -> cycle.add(a.id()));
        chosen = cycle.get(Math.floorMod(cycle.indexOf(chosen) + direction, cycle.size()));
    }

    /** The account shown alone, or {@code null} when all are. */
    Account chosen() {
        return accounts.stream().filter(a -> a.id() == chosen).findFirst().orElse(null);
    }

    boolean all() {
        return chosen == 0;
    }

    /** Whether the user has more than one account, so that an account column says something. */
    boolean several() {
        return accounts.size() > 1;
    }

    /** "all 3 accounts" ("your one account"), or "Savings (savings, EUR)". */
    String describe() {
        Account a = chosen();
        return a == null ? (accounts.size() == 1 ? "your one account" : "all " + accounts.size() + " accounts") : a.name() + " (" + a.type().word() + ", " + a.currency().getCurrencyCode()
                + (a.closed() ? ", closed" : "") + ")";
    }

    /** {@code filter}, narrowed to the chosen account. */
    Filter narrow(Filter filter) {
        if (chosen == 0) {
            return filter;
        }
        long id = chosen;
        List<Filter.Term> terms = new ArrayList<>(filter.terms());
        terms.add((t, category) -> t.accountId() == id);
        return new Filter(filter.text(), terms, filter.from(), filter.to());
    }

    String name(long accountId) {
        return names.getOrDefault(accountId, "?");
    }

    /** What the category column says for {@code t}: its category, or for a transfer leg where the money went or came from. */
    String category(Transaction t, String category) {
        if (!t.isTransfer()) {
            return category;
        }
        return "transfer " + (t.kind() == TxKind.TRANSFER_OUT ? "→ " : "← ") + otherSide(t);
    }

    /** The account of the other leg of transfer leg {@code t}. */
    String otherSide(Transaction t) {
        long other = otherSide.computeIfAbsent(t.id(), id -> {
            var transfer = tui.services().transfers().get(tui.session(), id);
            return (t.kind() == TxKind.TRANSFER_OUT ? transfer.in() : transfer.out()).accountId();
        });
        return name(other);
    }
}
