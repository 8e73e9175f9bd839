package io.finterm.cli;

import io.finterm.domain.Recurrence;
import io.finterm.domain.RecurrenceDates;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import io.finterm.domain.WeekendPolicy;
import io.finterm.service.Added;
import io.finterm.service.NewSchedule;
import io.finterm.service.Session;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code finterm schedule add}: a new schedule, from its options or from one of the user's
 * transactions ({@code --from-transaction}). What is missing or contradictory on the line itself is a
 * usage error naming the option (exit 2); everything else is the service's to refuse (exit 1), and a
 * refusal writes nothing. A start in the past is caught up at once, and the result says what that did.
 */
@Command(name = "add", description = "Add a schedule: a transaction that repeats by a rule. Each occurrence is posted when it is due "
        + "(--auto), or waits for your approval.",
        footer = {"", "Needed: --name, --every and --start, --type and --amount, and --category (or --split) or, for a transfer, --to. "
            + "With --from-transaction, only --name and --every: the rest comes from the transaction.", "",
            "Examples:",
            "  finterm schedule add --name Rent --type expense --amount 950 \\",
            "      --category Rent --every month --day 1 --start 2026-12-01 --auto --as alice",
            "  finterm schedule add --name Power --type expense --amount '~80' \\",
            "      --category Utilities --every month --weekday '2nd tue' \\",
            "      --start 2026-12-01 --as alice",
            "  finterm schedule add --name Saving --type transfer --to Savings --amount 200 \\",
            "      --every week --interval 2 --start 2026-12-04 --auto --as alice",
            "  finterm schedule add --name Netflix --from-transaction 790 \\",
            "      --every month --auto --as alice"})
final class ScheduleAdd extends ScheduleCommand.Action {
    @Option(names = "--name", required = true, paramLabel = "NAME",
            description = "What the commands call it, unique among your schedules (any case): Rent, \"Car insurance\".")
    String name;

    @Mixin
    ScheduleOptions o;

    @Option(names = "--approx", description = "The amount is an estimate (shown ~1200): each occurrence waits for approval, "
            + "where you give the real amount. Not with --auto.")
    boolean approx;

    @Option(names = "--auto", description = "Post each occurrence by itself when it is due; without it, each waits for approval "
            + "(finterm schedule approve).")
    boolean auto;

    @Option(names = "--from-transaction", paramLabel = "ID",
            description = "Repeat one of your transactions (its id, as list shows it): its account, type, amount, category or lines, "
                    + "payee, tags and description. Without --start, the rule takes its day from the transaction's date and begins "
                    + "after it: the transaction stands for that occurrence.")
    Long fromTransaction;

    /** Who is logged in, once the line has been checked. */
    private Session session;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        o.requireConsistent(cl);
        if (o.every == null) {
            throw new CommandLine.ParameterException(cl, "give --every day|week|month|year: how often it repeats");
        }
        Added added = fromTransaction != null ? repeat(cl) : add(cl);
        added(added, session);
        return 0;
    }

    private Added add(CommandLine cl) {
        if (o.start == null) {
            throw new CommandLine.ParameterException(cl, "give --start DATE: the first date the rule may give (2026-12-01, today, 3/5)");
        }
        if (o.type == null) {
            throw new CommandLine.ParameterException(cl, "give --type expense, income or transfer");
        }
        if (o.amount == null) {
            throw new CommandLine.ParameterException(cl, "give --amount, in the account's currency (~1200 for an estimate)");
        }
        TxKind kind = o.kind();
        if (kind == TxKind.TRANSFER_OUT) {
            if (o.to == null) {
                throw new CommandLine.ParameterException(cl, "a transfer needs --to ACCOUNT: where the money goes");
            }
            if (o.category != null || !o.splits.isEmpty()) {
                throw new CommandLine.ParameterException(cl, "a transfer has no category: leave out " + (o.category != null ? "--category" : "--split"));
            }
        } else {
            if (o.to != null) {
                throw new CommandLine.ParameterException(cl, "--to is for a transfer (--type transfer); an " + kind.label() + " has --category");
            }
            if (o.category == null && o.splits.isEmpty()) {
                throw new CommandLine.ParameterException(cl, "give --category, or split it with --split CATEGORY=AMOUNT, once per line");
            }
        }
        Recurrence rule = o.rule(cli(), null, null);
        WeekendPolicy weekend = o.weekend();
        ScheduleOptions.Amount amount = o.amount();
        Session s = session = login();
        // split lines are read in the account's currency, as add reads them: a yen line has no cents
        Currency currency = o.splits.isEmpty() ? null : cli().backend().services().accountBook().get(s, o.account, today()).account().currency();
        List<io.finterm.service.Entry.SplitEntry> lines = o.splits(cl, currency);
        return schedules().add(s, new NewSchedule(name, o.account, kind, o.to, amount.text(), approx || amount.approximate(), o.category,
                lines == null ? List.of() : lines, o.description == null ? "" : o.description, o.payee == null ? "" : o.payee,
                o.tags() == null ? List.of() : o.tags(), rule, weekend == null ? WeekendPolicy.KEEP : weekend, auto));
    }

    private Added repeat(CommandLine cl) {
        String taken = o.account != null ? "--account" : o.type != null ? "--type" : o.to != null ? "--to" : o.amount != null ? "--amount"
                : approx ? "--approx" : o.category != null ? "--category" : !o.splits.isEmpty() ? "--split" : o.description != null
                ? "--description" : o.payee != null ? "--payee" : o.tags != null ? "--tags" : null;
        if (taken != null) {
            throw new CommandLine.ParameterException(cl, "--from-transaction takes what it books from the transaction: leave out " + taken
                    + " (change it afterwards with finterm schedule edit)");
        }
        WeekendPolicy weekend = o.weekend();
        Session s = session = login();
        Recurrence rule;
        if (o.start != null) {
            rule = o.rule(cli(), null, null);
        } else {
            // The transaction stands for the occurrence on its own date: the rule takes its day from that date and
            // starts at its next date after it, so that the transaction is not booked a second time.
            LocalDate booked = cli().backend().services().transactions().get(s, fromTransaction).transaction().date();
            Recurrence from = o.rule(cli(), null, booked);
            LocalDate next = RecurrenceDates.next(from, booked.plusDays(1));
            if (next == null) {
                throw new ValidationException("every", "the rule never fires: it gives no date after the transaction's, " + booked);
            }
            rule = from.from(next);
        }
        return schedules().repeat(s, fromTransaction, name, rule, weekend == null ? WeekendPolicy.KEEP : weekend, auto);
    }
}
