package io.finterm.tui;

import io.finterm.domain.Account;
import io.finterm.domain.Text;
import io.finterm.domain.Transaction;
import io.finterm.service.DateInput;
import io.finterm.service.ReconciledChange;
import io.finterm.service.TransferEntry;
import io.finterm.service.TransferService.Transfer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The transfer part of the entry form: the account the money leaves, the one it goes to, what arrived
 * when the two keep different currencies, the transfer being edited, and saving it. The date, amount
 * and description are the form's own, shared with an income or an expense.
 */
final class TransferFields {
    private final Tui tui;
    private final EntryAccounts accounts;
    /** The transfer being edited, or {@code null}. */
    private final Transfer editing;
    /** Whether the person has agreed to change the transfer though a leg of it is reconciled. */
    private boolean reconciledConfirmed;
    final Field from = Field.text("from", "From", Account.MAX_NAME);
    final Field to = Field.text("to", "To account", Account.MAX_NAME);
    final Field toAmount = Field.text("to amount", "To amount", 20);

    /**
     * For {@code leg}, the transaction being edited ({@code null} for a new one): its transfer, when it is a leg of one,
     * which the person has already agreed to change though a leg is reconciled when {@code reconciledConfirmed}.
     */
    TransferFields(Tui tui, EntryAccounts accounts, Transaction leg, boolean reconciledConfirmed) {
        this.tui = tui;
        this.reconciledConfirmed = reconciledConfirmed;
        this.accounts = accounts;
        this.editing = leg != null && leg.isTransfer() ? tui.services().transfers().get(tui.session(), leg.id()) : null;
    }

    boolean editing() {
        return editing != null;
    }

    /** Fills the form with the transfer being edited: its accounts here, and its date, amount and description in the form's fields. */
    void fill(Field date, Field amount, Field description) {
        Transaction out = editing.out();
        date.set(out.date().toString());
        from.set(accounts.name(out.accountId()));
        to.set(accounts.name(editing.in().accountId()));
        amount.set(out.amount().toDecimalString());
        if (!out.amount().currency().equals(editing.in().amount().currency())) {
            toAmount.set(editing.in().amount().toDecimalString());
        }
        description.set(out.description());
    }

    /** The fields between the type and the description: the amount arrived shows only when the currencies differ. */
    List<Field> fields(Field amount) {
        return twoCurrencies() ? List.of(from, to, amount, toAmount) : List.of(from, to, amount);
    }

    /** Whether {@code f} names an account, so that the layout follows what it says. */
    boolean names(Field f) {
        return f == from || f == to;
    }

    private boolean twoCurrencies() {
        Optional<Account> a = accounts.named(from.text());
        Optional<Account> b = accounts.named(to.text());
        return a.isPresent() && b.isPresent() && !a.get().currency().equals(b.get().currency());
    }

    /**
     * Makes (or changes) the transfer; a refusal names its field, for the form to show. A change to a transfer with a
     * reconciled leg not yet agreed to (reconciled since the form opened, in another session) asks first, then runs
     * {@code again}, the form's save.
     */
    void save(Form form, Field date, Field amount, Field description, Runnable again) {
        LocalDate day = DateInput.parse(date.text(), tui.today()); // a refusal names the date field, which the form focuses
        TransferEntry entry = new TransferEntry(from.text(), to.text(), amount.text(), form.fields.contains(toAmount) ? toAmount.text() : null,
                day, description.text());
        Transfer made;
        try {
            made = editing == null ? tui.services().transfers().transfer(tui.session(), entry)
                    : reconciledConfirmed ? tui.services().transfers().editReconciled(tui.session(), editing.out().id(), entry)
                    : tui.services().transfers().edit(tui.session(), editing.out().id(), entry);
        } catch (ReconciledChange e) {
            tui.open(new ConfirmOverlay(tui, "Reconciled", TransactionsPage.reconciledWarning("Change"), () -> {
                reconciledConfirmed = true;
                again.run();
            }));
            return;
        }
        tui.lastAccount(Text.clean(from.text()));
        tui.say((editing == null ? "transferred " : "saved the transfer of ") + made.out().amount().display(tui.ascii())
                + " from " + accounts.name(made.out().accountId()) + " to " + accounts.name(made.in().accountId()));
        tui.back();
    }
}
