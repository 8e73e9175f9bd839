package io.finterm.tui;

import io.finterm.domain.Account;
import io.finterm.domain.Money;
import io.finterm.domain.Text;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import io.finterm.service.DateInput;
import io.finterm.service.Entry;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The entry form's own fields for an income or an expense, read into an {@link Entry}; and the form's keys, for the help. */
final class EntryFields {
    static final List<KeyHelp> KEYS = List.of(new KeyHelp("Tab, Shift-Tab", "next or previous field; Tab takes the completion shown"),
                new KeyHelp("→", "take the completion"), new KeyHelp("Enter", "next field; on the last, save"),
                new KeyHelp("Ctrl-S", "save"), new KeyHelp("Esc", "cancel (asks if anything was typed)"),
                new KeyHelp("Ctrl-L", "split the category into lines (category, amount, memo), or back to one category"),
                new KeyHelp("Ctrl-N, Ctrl-K", "in a split: a new line after this one; remove this line"),
                new KeyHelp("Split", "the remainder (amount less the lines) shows as you type; saving needs it to be 0"),
                new KeyHelp("Payee, Tags", "complete from your history; tags are words such as trip-rome, separated by commas"),
                new KeyHelp("Date", "2024-03-05, today, yesterday, -3 (days ago), 3/5 (month/day, this year)"),
                new KeyHelp("Type", "e expense, i income, t transfer, Space goes income → expense → transfer"),
                new KeyHelp("Account", "completes from your open accounts; starts in the last one you used, else your default"),
                new KeyHelp("Transfer", "From and To are two of your accounts; To amount, what arrived, when their currencies differ"));

    final Field date = Field.text("date", "Date", 20);
    final Field type = Field.text("type", "Type", 8);
    final Field category = Field.text("category", "Category", 40);
    final Field amount = Field.text("amount", "Amount", 20);
    final Field account = Field.text("account", "Account", Account.MAX_NAME);
    final Field description = Field.text("description", "Description", Transaction.MAX_DESCRIPTION);

    /**
     * The entry the fields describe, with the payee and tags of {@code details} and, when {@code split}
     * is given, its lines in place of the category. Every field is checked at once, so that each problem
     * is named next to its field; the first is thrown.
     */
    Entry read(Tui tui, EntryAccounts accounts, EntryDetails details, SplitEditor split) {
        boolean splitting = split != null;
        ValidationException first = null;
        LocalDate day = null;
        TxKind kind = null;
        Money money = null;
        try {
            day = DateInput.parse(date.text(), tui.today());
        } catch (ValidationException e) {
            date.error = e.reason();
            first = e;
        }
        try {
            kind = TxKind.parse(type.text());
        } catch (ValidationException e) {
            type.error = "expense, income or transfer";
            first = first == null ? e : first;
        }
        if (!splitting && category.text().isBlank()) {
            category.error = "is required";
            first = first == null ? new ValidationException("category", "is required") : first;
        }
        Optional<Account> in = account.text().isBlank() ? accounts.named(accounts.start(null)) : accounts.named(account.text());
        if (in.isEmpty()) {
            account.error = "you have no account '" + Text.clean(account.text()) + "'; yours: " + accounts.openNames();
            first = first == null ? new ValidationException("account", account.error) : first;
        }
        try {
            money = Money.parse(amount.text(), in.map(Account::currency)
                    .orElse(tui.services().accounts().profile(tui.session()).baseCurrency()));
            if (!money.isPositive()) {
                throw new ValidationException("amount", "must be more than zero");
            }
        } catch (ValidationException e) {
            amount.error = e.reason();
            first = first == null ? e : first;
        }
        List<String> tags = List.of();
        try {
            tags = details.tagList();
        } catch (ValidationException e) {
            details.tags.error = e.reason();
            first = first == null ? e : first;
        }
        List<Entry.SplitEntry> lines = List.of();
        if (splitting && in.isPresent()) {
            try {
                lines = split.entries(in.get().currency());
            } catch (ValidationException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
        return new Entry(day, kind, splitting ? "" : category.text(), money, description.text(), in.get().name(),
                details.payee.text(), tags, lines);
    }
}
