package io.finterm.tui;

import io.finterm.domain.Account;
import io.finterm.domain.Frequency;
import io.finterm.domain.Recurrence;
import io.finterm.domain.Schedule;
import io.finterm.domain.ScheduleInput;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import io.finterm.domain.WeekendPolicy;
import io.finterm.service.DateInput;
import io.finterm.service.Entry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schedule form's fields, read into what the schedules service takes: what it books (left) and
 * when (right). A field's name is the name the service's refusals give, so that a refusal finds it
 * ({@link #field}); {@code on} takes a day of the month or a weekday, so it stands for both.
 */
final class ScheduleFields {
    static final String EXACT = "exact";
    static final String APPROXIMATE = "approximate";
    static final String AUTOMATIC = "automatic";
    static final String APPROVAL = "by approval";
    static final String TRANSFER = "transfer";

    final Field name = Field.text("name", "Name", Schedule.MAX_NAME);
    final Field type = Field.choice("type", "Type", TxKind.EXPENSE.label(), TxKind.INCOME.label(), TRANSFER);
    final Field account = Field.text("account", "Account", Account.MAX_NAME);
    final Field to = Field.text("to", "To", Account.MAX_NAME);
    final Field category = Field.text("category", "Category", 80);
    final Field amount = Field.text("amount", "Amount", 20);
    final Field approx = Field.choice("approx", "Amount is", EXACT, APPROXIMATE);
    final Field description = Field.text("description", "Description", io.finterm.domain.Transaction.MAX_DESCRIPTION);
    final EntryDetails details;
    final Field every = Field.choice("every", "Every", Frequency.MONTH.word(), Frequency.WEEK.word(), Frequency.DAY.word(),
            Frequency.YEAR.word());
    final Field interval = Field.text("interval", "Interval", 3).set("1");
    final Field on = Field.text("on", "On", 20);
    final Field start = Field.text("start", "Start", 20);
    final Field end = Field.text("end", "End", 20);
    final Field count = Field.text("count", "Times", 5);
    final Field weekend = Field.choice("weekend", "Weekend", WeekendPolicy.KEEP.word(), WeekendPolicy.BEFORE.word(),
            WeekendPolicy.AFTER.word());
    final Field auto = Field.choice("auto", "Posts", APPROVAL, AUTOMATIC);

    /** What each field takes, shown under the form while it has the focus (the choices' keys among it). */
    static final Map<String, String> HINTS = Map.ofEntries(
            Map.entry("name", "a name of your own, unique among your schedules, e.g. Rent"),
            Map.entry("type", "e expense, i income, t transfer (Space or ← → switch)"),
            Map.entry("account", "the account it books in (completes); blank: your default"),
            Map.entry("to", "the account a transfer goes to, in the same currency"),
            Map.entry("category", "completes from yours; Ctrl-L splits it into lines"),
            Map.entry("amount", "in the account's currency, without a sign"),
            Map.entry("approx", "e exact, a approximate: an estimate, shown ~, waits for approval with the real amount"),
            Map.entry("description", "what the transactions say; blank: the schedule's name"),
            Map.entry("payee", "completes from your history"), Map.entry("tags", "words such as rent, home, separated by commas"),
            Map.entry("every", "m month, w week, d day, y year (Space or ← → switch)"),
            Map.entry("interval", "every 1, 2, 3 … of the unit: 2 with week is every other week"),
            Map.entry("on", "a day of the month (1 to 31, last), or a weekday (2nd tue, last fri; tue when weekly); blank: the start's"),
            Map.entry("start", "the first date it may fall on: 2026-12-01, today, 12/1"),
            Map.entry("end", "the last date it may fall on; blank: no end (or give Times)"),
            Map.entry("count", "how many times in all, from the start; blank: no limit (or give End)"),
            Map.entry("weekend", "on a weekend or holiday: k keep the day, b the business day before, a the one after"),
            Map.entry("auto", "b by approval: it waits for you when due; a automatic: posted when due"));

    ScheduleFields(Tui tui) {
        this.details = new EntryDetails(tui);
        for (Field f : List.of(type, approx, every, weekend, auto)) {
            f.keysBeside = false; // two columns: the keys are said under the form, where there is room
        }
    }

    /** The type as the form and the list say it: expense, income or transfer. */
    static String type(TxKind kind) {
        return kind == TxKind.TRANSFER_OUT ? TRANSFER : kind.label();
    }

    boolean isTransfer() {
        return type.text().equals(TRANSFER);
    }

    TxKind kind() {
        return isTransfer() ? TxKind.TRANSFER_OUT : TxKind.parse(type.text());
    }

    /** The left column: what it books. */
    List<Field> what(boolean splitting) {
        List<Field> out = new java.util.ArrayList<>(List.of(name, type, account));
        if (isTransfer()) {
            out.add(to);
        } else if (!splitting) {
            out.add(category);
        }
        out.addAll(List.of(amount, approx, description, details.payee, details.tags));
        return out;
    }

    /** The right column: when. */
    List<Field> when() {
        return List.of(every, interval, on, start, end, count, weekend, auto);
    }

    /** The rule the right column describes; a refusal names its field ({@code day} and {@code weekday} are {@code on}). */
    Recurrence rule(LocalDate today) {
        Frequency unit = Frequency.parse(every.text());
        int n = number(interval, 1);
        int day = 0;
        int nth = 0;
        java.time.DayOfWeek weekday = null;
        String said = on.text().strip();
        if (!said.isEmpty()) {
            try {
                day = ScheduleInput.day(said);
            } catch (ValidationException notADay) {
                if (Character.isDigit(said.charAt(0)) && said.chars().allMatch(Character::isDigit)) {
                    throw new ValidationException("on", notADay.reason());
                }
                try {
                    ScheduleInput.NthWeekday w = ScheduleInput.weekday(said);
                    nth = w.nth();
                    weekday = w.day();
                } catch (ValidationException e) {
                    throw new ValidationException("on", e.reason());
                }
            }
        }
        if (start.text().isBlank()) {
            throw new ValidationException("start", "is required: the first date it may fall on");
        }
        LocalDate first = DateInput.day("start", start.text(), today);
        LocalDate last = end.text().isBlank() ? null : DateInput.day("end", end.text(), today);
        return new Recurrence(unit, n, day, nth, weekday, first, last, number(count, 0));
    }

    /** A whole number typed in {@code f}, or {@code blank} when it is empty. */
    private static int number(Field f, int blank) {
        String t = f.text().strip();
        if (t.isEmpty()) {
            return blank;
        }
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new ValidationException(f.name, "'" + io.finterm.domain.Text.clean(t) + "' is not a whole number");
        }
    }

    /** The split lines read in the account's currency, or none when the category is one. */
    List<Entry.SplitEntry> lines(SplitEditor split, EntryAccounts accounts, Tui tui) {
        if (split == null) {
            return List.of();
        }
        Optional<Account> in = account.text().isBlank() ? accounts.named(accounts.start(null)) : accounts.named(account.text());
        return split.entries(in.map(Account::currency).orElse(tui.services().accounts().profile(tui.session()).baseCurrency()));
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The form's field that a refusal is about: {@code --to} is To, {@code day} and {@code weekday} are On, {@code tag} is Tags. */
    static String field(String refused) {
        String n = refused.startsWith("--") ? refused.substring(2) : refused;
        return switch (n) {
            case "day", "weekday" -> "on";
            case "tag" -> "tags";
            case "rule" -> "every";
            case "date" -> "start";
            case "mode" -> "auto";
            default -> n;
        };
    }
}
