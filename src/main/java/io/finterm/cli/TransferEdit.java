package io.finterm.cli;

import io.finterm.domain.Account;
import io.finterm.domain.Transaction;
import io.finterm.domain.ValidationException;
import io.finterm.service.Session;
import io.finterm.service.TransferEntry;
import io.finterm.service.TransferService;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;

/**
 * {@code finterm edit ID} on a leg of a transfer: the change goes to the whole transfer, so that both
 * legs keep agreeing. {@code --account} moves this leg's side; {@code --amount} is this leg's amount
 * (what arrived, on the leg that received it, when the currencies differ; both, when they do not).
 */
final class TransferEdit {
    private TransferEdit() {
    }

    /**
     * The transfer that leg {@code legId} belongs to, changed where a value is given ({@code null} keeps it); with a
     * reconciled leg, refused ({@link io.finterm.service.ReconciledChange}) unless the person {@code confirmed} it.
     */
    static TransferService.Transfer edit(Cli cli, Session s, long legId, LocalDate date, String amount, String description,
                                         String account, boolean confirmed) {
        TransferService transfers = cli.backend().services().transfers();
        TransferService.Transfer was = transfers.get(s, legId);
        Map<Long, String> names = AccountNames.of(cli, s);
        Transaction out = was.out();
        boolean outgoing = out.id() == legId;
        Transaction leg = outgoing ? out : was.in();
        Transaction other = outgoing ? was.in() : out;
        String legAccount = account != null ? account : names.get(leg.accountId());
        Account moved = account == null ? null : cli.backend().services().accountBook().get(s, account, leg.date()).account();
        Currency legCurrency = moved == null ? leg.amount().currency() : moved.currency();
        // Onto the other leg's account, the transfer service's refusal (one account on both sides) says more.
        if (amount == null && !legCurrency.equals(leg.amount().currency()) && moved.id() != other.accountId()) {
            // A kept amount is never re-read in another currency at par.
            throw new ValidationException("amount", "'" + legAccount + "' is in " + legCurrency.getCurrencyCode() + ", and this leg is "
                    + leg.amount().toDecimalString() + " " + leg.amount().currency().getCurrencyCode() + ": give --amount in "
                    + legCurrency.getCurrencyCode() + ", what the bank booked");
        }
        String legAmount = amount != null ? amount : leg.amount().toDecimalString();
        // One amount when both sides share a currency after the edit; otherwise each side keeps its own.
        String otherAmount = legCurrency.equals(other.amount().currency()) ? null : other.amount().toDecimalString();
        String from = outgoing ? legAccount : names.get(other.accountId());
        String to = outgoing ? names.get(other.accountId()) : legAccount;
        String sent = outgoing || otherAmount == null ? legAmount : otherAmount;
        String received = otherAmount == null ? null : outgoing ? otherAmount : legAmount;
        TransferEntry entry = new TransferEntry(from, to, sent, received, date == null ? out.date() : date,
                description == null ? out.description() : description);
        return confirmed ? transfers.editReconciled(s, legId, entry) : transfers.edit(s, legId, entry);
    }

    /** A transfer has no type, category or currency of its own to change: one sentence naming the option given. */
    static void refuse(long legId, String type, String category, String currency) {
        String option = type != null ? "type" : category != null ? "category" : currency != null ? "currency" : null;
        if (option != null) {
            throw new ValidationException(option, "transaction " + legId + " is a leg of a transfer, which has no " + option
                    + " to change; give --date, --amount, --description or --account");
        }
    }
}
