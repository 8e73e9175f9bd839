package io.finterm.service;

import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import java.time.LocalDate;
import java.util.List;

/**
 * Income or an expense as a person enters it: the category and the account by name, the owner
 * implied by the session. The amount is in the account's currency.
 *
 * @param category the category's name; blank when the entry is split, for each line names its own
 * @param account  the account's name; {@code null} or blank for the user's default account
 * @param payee    who was paid or who paid; blank for none
 * @param tags     tags as typed; {@link io.finterm.domain.Tags#of} checks them
 * @param splits   the lines of a split, which must add up to the amount; empty for none
 */
public record Entry(LocalDate date, TxKind kind, String category, Money amount, String description, String account,
                    String payee, List<String> tags, List<SplitEntry> splits) {
    public Entry {
        payee = payee == null ? "" : payee;
        tags = tags == null ? List.of() : List.copyOf(tags);
        splits = splits == null ? List.of() : List.copyOf(splits);
    }

    /** An entry without a payee, tags or lines. */
    public Entry(LocalDate date, TxKind kind, String category, Money amount, String description, String account) {
        this(date, kind, category, amount, description, account, "", List.of(), List.of());
    }

    /** An entry in the default account. */
    public Entry(LocalDate date, TxKind kind, String category, Money amount, String description) {
        this(date, kind, category, amount, description, null);
    }

    public boolean isSplit() {
        return !splits.isEmpty();
    }

    /** One line of a split as a person enters it: the category by name, an amount in the account's currency, a memo. */
    public record SplitEntry(String category, Money amount, String memo) {
    }
}
