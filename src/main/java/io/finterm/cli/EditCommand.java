package io.finterm.cli;

import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.service.Entry;
import io.finterm.service.Listed;
import io.finterm.service.Session;
import io.finterm.domain.Tags;
import io.finterm.domain.ValidationException;
import io.finterm.service.ReconciledChange;
import io.finterm.service.TransferService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code finterm edit ID}: changes the fields given and keeps the rest, on one of the user's own
 * transactions; on a leg of a transfer, it changes the whole transfer ({@link TransferEdit}).
 */
@Command(name = "edit", description = "Change one of your transactions: only the fields you give.")
final class EditCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The transaction's id, as `list` shows it.")
    long id;

    @Option(names = "--as", required = true, paramLabel = "USER")
    String as;

    @Option(names = "--date", paramLabel = "DATE", description = "2024-03-05, today, yesterday, -3 (days ago) or 3/5.")
    String date;

    @Option(names = "--type", paramLabel = "income|expense")
    String type;

    @Option(names = "--category", paramLabel = "NAME")
    String category;

    @Option(names = "--amount", paramLabel = "AMOUNT", description = "For example 12.50 or 1,234.56.")
    String amount;

    @Option(names = "--currency", paramLabel = "CODE", description = "ISO 4217; the amount is kept unless --amount says otherwise.")
    String currency;

    @Option(names = "--description", paramLabel = "TEXT")
    String description;

    @Option(names = "--account", paramLabel = "NAME", description = "Move it to this account (in the same currency, or give --amount).")
    String account;

    @Option(names = "--payee", paramLabel = "NAME", description = "Who was paid, or who paid; \"\" for none.")
    String payee;

    @Option(names = "--tags", paramLabel = "TAG,TAG", description = "Replaces its tags (, or ; between them); \"\" for none.")
    String tags;

    @Option(names = "--split", paramLabel = "CATEGORY=AMOUNT[=MEMO]",
            description = "Replaces its lines (or its category) with these; repeat it for each line.")
    List<String> splits = new ArrayList<>();

    @Option(names = "--yes", description = "Confirm changing a reconciled transaction (asked on a terminal otherwise).")
    boolean yes;

    @Override
    public Integer call() {
        if (date == null && type == null && category == null && amount == null && currency == null && description == null
                && account == null && payee == null && tags == null && splits.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "nothing to change: give --date, --type, --category, "
                    + "--amount, --currency, --description, --account, --payee, --tags or --split");
        }
        if (category != null && !splits.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "a split entry has its categories on its lines: give --category or --split, not both");
        }
        Cli cli = root.cli;
        TxKind kind = type == null ? null : TxKind.parse(type);
        Session s = cli.login(as);
        Listed before = cli.backend().services().transactions().get(s, id);
        Transaction t = before.transaction();
        if (t.isTransfer()) {
            TransferEdit.refuse(id, type, category, currency);
            if (payee != null || tags != null || !splits.isEmpty()) {
                throw new ValidationException("transfer", "transaction " + id + " is a leg of a transfer, which has no payee, "
                        + "tags or split lines here");
            }
            LocalDate day = date == null ? null : Args.day(cli, "date", date);
            TransferService.Transfer changed;
            try {
                changed = TransferEdit.edit(cli, s, id, day, amount, description, account, false);
            } catch (ReconciledChange refused) {
                ReconciledConfirm.require(cli, yes, refused, id, "change");
                changed = TransferEdit.edit(cli, s, id, day, amount, description, account, true);
            }
            cli.err.println("changed the transfer: " + TransferCommand.describe(cli, s, changed));
            return 0;
        }
        // The transaction stays in its account unless --account moves it. A new amount without --currency is read
        // in the target account's currency, as add reads it; a kept amount keeps its currency, so that a move
        // to an account in another currency is refused rather than re-read at par.
        String target = account == null ? AccountNames.of(cli, s).get(t.accountId()) : account;
        Currency cur = currency != null ? Money.currency(currency) : amount == null ? t.amount().currency()
                : cli.backend().services().accountBook().get(s, target, t.date()).account().currency();
        // --split or --category replaces what it is split over; without either a split keeps its lines
        List<Entry.SplitEntry> lines = !splits.isEmpty() ? EntryDetails.splits(spec.commandLine(), splits, cur)
                : category == null && t.isSplit() ? kept(cli, s, t) : List.of();
        String newCategory = category != null ? category : lines.isEmpty() ? before.category() : "";
        Entry entry = new Entry(date == null ? t.date() : Args.day(cli, "date", date), kind == null ? t.kind() : kind,
                newCategory, Money.parse(amount == null ? t.amount().toDecimalString() : amount, cur),
                description == null ? t.description() : description, target, payee == null ? t.payee() : payee,
                tags == null ? t.tags() : Tags.parse(tags), lines);
        try {
            cli.backend().services().transactions().edit(s, id, entry);
        } catch (ReconciledChange refused) {
            ReconciledConfirm.require(cli, yes, refused, id, "change");
            cli.backend().services().transactions().editReconciled(s, id, entry);
        }
        Listed after = cli.backend().services().transactions().get(s, id);
        cli.err.println("changed transaction " + DeleteCommand.describe(after));
        String offer = category == null ? null : RuleOffer.of(cli, s, id, before.transaction().categoryId(), as);
        if (offer != null) {
            cli.err.println(offer);
        }
        return 0;
    }

    /** The lines of split {@code t} as entered, their categories by name. */
    private static List<Entry.SplitEntry> kept(Cli cli, Session s, Transaction t) {
        Map<Long, String> names = new HashMap<>();
        cli.backend().services().categories().list(s).forEach(c -> names.put(c.id(), c.name()));
        return t.lines().stream().map(l -> new Entry.SplitEntry(Listed.name(l, names), l.amount(), l.memo())).toList();
    }
}
