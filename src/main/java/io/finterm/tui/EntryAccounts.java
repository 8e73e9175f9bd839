package io.finterm.tui;

import io.finterm.domain.Account;
import io.finterm.service.AccountLine;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The user's accounts as the entry form needs them: found by name, completed from the open ones, and the one to start in. */
final class EntryAccounts {
    private final List<AccountLine> lines;

    EntryAccounts(Tui tui) {
        this.lines = tui.services().accountBook().list(tui.session());
    }

    /** The account called {@code name}, ignoring case and surrounding spaces. */
    Optional<Account> named(String name) {
        String wanted = name == null ? "" : name.strip();
        return lines.stream().map(AccountLine::account).filter(a -> Account.fold(a.name()).equals(Account.fold(wanted))).findFirst();
    }

    String name(long id) {
        return lines.stream().map(AccountLine::account).filter(a -> a.id() == id).map(Account::name).findFirst().orElse("?");
    }

    /** The first open account whose name starts with {@code prefix}, ignoring case, or {@code null}. */
    String complete(String prefix) {
        String p = prefix.strip().toLowerCase(Locale.ROOT);
        return lines.stream().map(AccountLine::account).filter(a -> !a.closed() && a.name().toLowerCase(Locale.ROOT).startsWith(p))
                .map(Account::name).min(Comparator.comparing((String n) -> n.toLowerCase(Locale.ROOT))).orElse(null);
    }

    /** The account a new entry starts in: the one last used in this session while it is open, else the default. */
    String start(String lastUsed) {
        if (lastUsed != null && named(lastUsed).filter(a -> !a.closed()).isPresent()) {
            return named(lastUsed).get().name();
        }
        return lines.stream().filter(AccountLine::isDefault).map(l -> l.account().name()).findFirst().orElse("");
    }

    /** "Main, Savings, Travel": the open accounts, for a message that says which there are. */
    String openNames() {
        return String.join(", ", lines.stream().map(AccountLine::account).filter(a -> !a.closed()).map(Account::name).toList());
    }
}
