package io.finterm.cli;

import io.finterm.domain.Frequency;
import io.finterm.domain.Recurrence;
import io.finterm.domain.ScheduleInput;
import io.finterm.domain.Tags;
import io.finterm.domain.Text;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import io.finterm.domain.WeekendPolicy;
import io.finterm.service.Entry;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options {@code schedule add} and {@code schedule edit} share: what a schedule books, and when
 * (its rule and its weekend policy). None is required here: {@code add} says itself which it needs, so
 * that a missing one is named in one sentence, and {@code edit} keeps what is not given.
 */
final class ScheduleOptions {
    @Option(names = "--account", paramLabel = "NAME",
            description = "The account it is booked in (default: your default account); for a transfer, the one the money leaves.")
    String account;

    @Option(names = "--type", paramLabel = "expense|income|transfer", description = "What it books; a transfer needs --to.")
    String type;

    @Option(names = "--to", paramLabel = "ACCOUNT", description = "A transfer's other account, where the money goes (in the same currency).")
    String to;

    @Option(names = "--amount", paramLabel = "AMOUNT",
            description = "In the account's currency: 1200, 1,234.56; ~1200 (or --approx) for an estimate.")
    String amount;

    @Option(names = "--category", paramLabel = "C",
            description = "expense:C or income:C where both kinds have the name; none for a transfer or a split.")
    String category;

    @Option(names = "--split", paramLabel = "CATEGORY=AMOUNT[=MEMO]",
            description = "One line of a split, as finterm add takes it; repeat it for each line. The lines add up to --amount; no --category then.")
    List<String> splits = new ArrayList<>();

    @Option(names = "--description", paramLabel = "TEXT", description = "What the posted transactions say (default: the schedule's name).")
    String description;

    @Option(names = "--payee", paramLabel = "NAME", description = "Who is paid, or who pays.")
    String payee;

    @Option(names = "--tags", paramLabel = "TAG,TAG", description = "Labels such as rent,tax (, or ; between them).")
    String tags;

    @Option(names = "--every", paramLabel = "day|week|month|year",
            description = "The unit it repeats in (--interval says how many of them); daily, weekly, monthly, yearly work too.")
    String every;

    @Option(names = "--interval", paramLabel = "N", description = "Every N units: --every week --interval 2 is every other week (default 1).")
    Integer interval;

    @Option(names = "--day", paramLabel = "1..31|last",
            description = "The day of the month of a monthly or yearly rule (default: the start's). A day a month lacks "
                    + "(the 31st in April) falls on its last day.")
    String day;

    @Option(names = "--weekday", paramLabel = "DAY",
            description = "Instead of --day: a weekly rule's weekday (tue), or a monthly or yearly rule's nth one (\"2nd tue\", \"last fri\").")
    String weekday;

    @Option(names = "--start", paramLabel = "DATE",
            description = "The first date the rule may give (2026-12-01, today, 3/5); a yearly rule fires in its month. "
                    + "A start in the past handles every occurrence since, at once.")
    String start;

    @Option(names = "--end", paramLabel = "DATE", description = "The last date it may give (or --count).")
    String end;

    @Option(names = "--count", paramLabel = "N", description = "How many times in all, counted from the start (or --end).")
    Integer count;

    @Option(names = "--weekend", paramLabel = "keep|before|after",
            description = "An occurrence on a weekend or a configured holiday (schedule.holidays) stays, or moves to the "
                    + "business day before or after it (default: keep).")
    String weekend;

    /** {@code --amount} without its {@code ~}, and whether it had one. */
    record Amount(String text, boolean approximate) {
        static Amount of(String option) {
            if (option == null) {
                return null;
            }
            String s = option.strip();
            return s.startsWith("~") ? new Amount(s.substring(1).strip(), true) : new Amount(s, false);
        }
    }

    Amount amount() {
        return Amount.of(amount);
    }

    /** {@code --type}: a scheduled transfer is written from the account the money leaves. */
    TxKind kind() {
        if (type == null) {
            return null;
        }
        String w = type.strip().toLowerCase(Locale.ROOT);
        return switch (w) {
            case "expense" -> TxKind.EXPENSE;
            case "income" -> TxKind.INCOME;
            case "transfer" -> TxKind.TRANSFER_OUT;
            default -> throw new ValidationException("type", "'" + Text.clean(type) + "' is not one of expense, income, transfer");
        };
    }

    List<String> tags() {
        return tags == null ? null : Tags.parse(tags);
    }

    WeekendPolicy weekend() {
        return weekend == null ? null : WeekendPolicy.parse(weekend);
    }

    /** The split lines, read in {@code currency}; {@code null} when none was given. */
    List<Entry.SplitEntry> splits(CommandLine cl, Currency currency) {
        return splits.isEmpty() ? null : EntryDetails.splits(cl, splits, currency);
    }

    /** Usage errors that need no data: both ways of giving a category, or both bounds. */
    void requireConsistent(CommandLine cl) {
        if (category != null && !splits.isEmpty()) {
            throw new CommandLine.ParameterException(cl, "a split schedule has its categories on its lines: give --category or --split, not both");
        }
        if (end != null && count != null) {
            throw new CommandLine.ParameterException(cl, "--end and --count both bound the rule: give one of them");
        }
        if (day != null && weekday != null) {
            throw new CommandLine.ParameterException(cl, "--day and --weekday both say which day: give one of them");
        }
    }

    /** Whether an option of the rule (not the weekend policy) was given. */
    boolean changesRule() {
        return every != null || interval != null || day != null || weekday != null || start != null || end != null || count != null;
    }

    /** Whether any of these options was given. */
    boolean any() {
        return changesRule() || weekend != null || account != null || type != null || to != null || amount != null
                || category != null || !splits.isEmpty() || description != null || payee != null || tags != null;
    }

    /**
     * The rule these options give; {@code old} supplies what they leave out ({@code null} for a new
     * schedule, whose start is {@code start}). A new unit without a new day or weekday takes them from
     * the start again, as a new rule would; {@code --end} drops the old {@code --count}, and the other way round.
     */
    Recurrence rule(Cli cli, Recurrence old, LocalDate start) {
        Frequency f = every != null ? ScheduleInput.every(every) : old.every();
        int n = interval != null ? interval : old == null ? 1 : old.interval();
        int d = 0;
        int nth = 0;
        DayOfWeek wd = null;
        if (day != null) {
            d = ScheduleInput.day(day);
        } else if (weekday != null) {
            ScheduleInput.NthWeekday w = ScheduleInput.weekday(weekday);
            nth = w.nth();
            wd = w.day();
        } else if (old != null && f == old.every()) {
            d = old.day();
            nth = old.nth();
            wd = old.weekday();
        }
        LocalDate first = this.start != null ? Args.day(cli, "start", this.start) : start != null ? start : old.start();
        LocalDate last = end != null ? Args.day(cli, "end", end) : count != null || old == null ? null : old.end();
        if (count != null && count < 1) {
            // 0 would be read as "no limit", the opposite of what it says
            throw new ValidationException("count", "must be 1 to " + Recurrence.MAX_COUNT + ", not " + count);
        }
        int times = count != null ? count : end != null || old == null ? 0 : old.count();
        return new Recurrence(f, n, d, nth, wd, first, last, times);
    }
}
