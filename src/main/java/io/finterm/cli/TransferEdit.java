package io.finterm.cli;

import io.finterm.domain.Transaction;
import io.finterm.domain.ValidationException;
import io.finterm.service.Session;
import io.finterm.service.TransferEntry;
import io.finterm.service.TransferService;
import java.time.LocalDate;
import java.util.Map;

/**
 * {@code finterm edit ID} on a leg of a transfer: the change goes to the whole transfer, so that both
 * legs keep agreeing. {@code --account} moves this leg's side; {@code --amount} is this leg's amount
 * (what arrived, on the leg that received it, when the currencies differ; both, when they do not).
 */
final class TransferEdit {
    private TransferEdit() {
    }

    /** The transfer that leg {@code legId} belongs to, changed where a value is given ({@code null} keeps it). */
    static TransferService.Transfer edit(Cli cli, Session s, long legId, LocalDate date, String amount, String description,
                                         String account) {
        TransferService transfers = cli.backend().services().transfers();
        TransferService.Transfer was = transfers.get(s, legId);
        Map<Long, String> names = AccountNames.of(cli, s);
        Transaction out = was.out();
        Transaction in = was.in();
        boolean outgoing = out.id() == legId;
        boolean sameCurrency = out.amount().currency().equals(in.amount().currency());
        String from = outgoing && account != null ? account : names.get(out.accountId());
        String to = !outgoing && account != null ? account : names.get(in.accountId());
        String sent = amount != null && (outgoing || sameCurrency) ? amount : out.amount().toDecimalString();
        String received = sameCurrency ? null : amount != null && !outgoing ? amount : in.amount().toDecimalString();
        return transfers.edit(s, legId, new TransferEntry(from, to, sent, received, date == null ? out.date() : date,
                description == null ? out.description() : description));
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
