package io.finterm.service;

import io.finterm.domain.Recurrence;
import io.finterm.domain.TxKind;
import io.finterm.domain.WeekendPolicy;
import java.util.List;

/**
 * A schedule as a person enters it: accounts and categories by name, the amount as typed, in the account's currency.
 *
 * @param account    the account's name; {@code null} or blank for the user's default account
 * @param kind       {@link TxKind#INCOME}, {@link TxKind#EXPENSE} or {@link TxKind#TRANSFER_OUT}
 * @param toAccount  a transfer's other account; {@code null} otherwise
 * @param amount     decimal text in the account's currency, such as {@code 1200.00}
 * @param category   the category's name; blank for a transfer or a split
 * @param splits     the lines of a split, which must add up to the amount; empty for none
 * @param auto       post automatically when due, rather than wait for approval
 */
public record NewSchedule(String name, String account, TxKind kind, String toAccount, String amount, boolean approximate,
                          String category, List<Entry.SplitEntry> splits, String description, String payee, List<String> tags,
                          Recurrence rule, WeekendPolicy weekend, boolean auto) {
    public NewSchedule {
        splits = splits == null ? List.of() : List.copyOf(splits);
        tags = tags == null ? List.of() : List.copyOf(tags);
        description = description == null ? "" : description;
        payee = payee == null ? "" : payee;
        weekend = weekend == null ? WeekendPolicy.KEEP : weekend;
    }
}
