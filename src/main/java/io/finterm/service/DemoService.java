package io.finterm.service;

import io.finterm.domain.BusinessDays;
import io.finterm.domain.FintermException;
import io.finterm.domain.Frequency;
import io.finterm.domain.Recurrence;
import io.finterm.domain.Role;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.User;
import io.finterm.domain.ValidationException;
import io.finterm.domain.WeekendPolicy;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills an empty store with realistic, seeded sample data: an administrator and users with salaries,
 * rent and bills on their days, everyday purchases with log-normal amounts, a few purchases that are
 * dozens of times their category's usual, and budgets for the last year (the first user's groceries roll over), kept in a checking account,
 * savings and a credit card with the transfers between them ({@link DemoLife}). The same generator serves
 * {@code finterm --demo}, {@code finterm demo} and the benchmarks.
 */
public final class DemoService {
    /** Where the demo's own logins come from, as the audit log records them. */
    private static final String DEMO = "demo";

    /** How much to make: {@code rows} 0 means about 620 transactions per user and year, over two years. */
    public record Options(int users, long rows, long seed) {
        public Options {
            if (users < 1 || users > 1000) {
                throw new ValidationException("users", "must be 1 to 1000, not " + users);
            }
            if (rows < 0 || rows > 50_000_000) {
                throw new ValidationException("rows", "must be 0 to 50,000,000, not " + rows);
            }
        }
    }

    /** What was made, and how to log in. */
    public record Demo(List<String> usernames, String admin, long transactions, long budgets) {
        /** The password of each demo account: the name and {@code -demo-pw}. */
        public static String password(String username) {
            return username + "-demo-pw";
        }

        public String hint() {
            return "Demo: log in as " + usernames.get(0) + " / " + password(usernames.get(0)) + "   (or " + admin + " / "
                    + password(admin) + " for the admin screen)";
        }
    }

    private static final String[] NAMES = {"alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy"};

    private final Store store;
    private final AccountService accounts;
    private final UserAdminService userAdmin;
    private final Clock clock;

    public DemoService(Store store, AccountService accounts, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.userAdmin = new UserAdminService(store, accounts);
        this.clock = clock;
    }

    /** Seeds the store, which must have no accounts yet. */
    public Demo seed(Options options) {
        if (accounts.hasUsers()) {
            throw new FintermException("the store already has accounts; a demo needs an empty data directory");
        }
        Random random = new Random(options.seed());
        String admin = "admin";
        accounts.createFirstAdmin(admin, Demo.password(admin).toCharArray(), DEMO);
        Session root = accounts.login(admin, Demo.password(admin).toCharArray(), DEMO);
        List<String> names = new ArrayList<>();
        for (int u = 0; u < options.users(); u++) {
            String name = u < NAMES.length ? NAMES[u] : "user" + (u + 1);
            userAdmin.createUser(root, name, Demo.password(name).toCharArray(), Role.USER);
            names.add(name);
        }
        accounts.logout(root);
        LocalDate today = LocalDate.now(clock);
        long perUser = options.rows() > 0 ? options.rows() / options.users() : 2 * 620L;
        int years = (int) Math.max(2, Math.min(10, Math.ceil(perUser / 620.0)));
        long[] counts = {0, 0};
        store.write(tx -> {
            for (int u = 0; u < names.size(); u++) {
                User user = tx.findUnique(Schema.USERS_BY_NAME, names.get(u)).orElseThrow();
                long rows = perUser + (u < options.rows() % options.users() ? 1 : 0);
                DemoLife life = new DemoLife(tx, user, random, today, years);
                long[] made = life.generate(rows);
                if (u == 0) { // the first user's groceries roll over from four months back: this month receives a carry
                    life.rollGroceries(YearMonth.from(today).minusMonths(4));
                }
                counts[0] += made[0];
                counts[1] += made[1];
            }
            return null;
        });
        for (String name : names) {
            schedules(name, today);
        }
        forgetSteps();
        return new Demo(names, admin, counts[0], counts[1]);
    }

    /** The demo's own making is nobody's step: undo starts from what the person does in it. */
    private void forgetSteps() {
        store.write(tx -> {
            List<io.finterm.domain.UndoStep> made = new ArrayList<>();
            tx.forEach(Schema.STEPS, made::add);
            made.forEach(step -> tx.delete(Schema.STEPS, step.id()));
            return null;
        });
    }

    /**
     * Each demo user's rent and salary repeated as automatic schedules from the month after their last, and the
     * electricity bill as an estimate that waits for approval from its next day on: so that the Schedules screen,
     * the Dashboard's "Due and coming" and the forecast have something to show, and no month is booked twice.
     */
    private void schedules(String name, LocalDate today) {
        Session s = accounts.login(name, Demo.password(name).toCharArray(), DEMO);
        ScheduleService schedules = new ScheduleService(store, accounts, BusinessDays.WEEKENDS_ONLY, clock);
        User user = store.read(rd -> rd.findUnique(Schema.USERS_BY_NAME, name).orElseThrow());
        List<Transaction> recent = store.read(rd -> rd.scan(Schema.TX_BY_DATE, KeyRange.between(
                new Object[] {user.id(), today.minusDays(62).toEpochDay()}, new Object[] {user.id(), today.toEpochDay()}), Paging.all()).rows());
        repeat(schedules, s, recent, "salary", "Salary", start -> new Recurrence(Frequency.MONTH, 1, 25, 0, null, start, null, 0));
        repeat(schedules, s, recent, "rent", "Rent", start -> new Recurrence(Frequency.MONTH, 1, 1, 0, null, start, null, 0));
        LocalDate fifth = today.withDayOfMonth(5);
        schedules.add(s, new NewSchedule("Electricity", null, TxKind.EXPENSE, null, "90.00", true, "Utilities", List.of(),
                "electricity and water", "", List.of(),
                new Recurrence(Frequency.MONTH, 1, 5, 0, null, fifth.isAfter(today) ? fifth : fifth.plusMonths(1), null, 0),
                WeekendPolicy.KEEP, false));
        accounts.logout(s);
    }

    /** Repeats the newest of {@code recent} described {@code description} monthly from the month after it. */
    private static void repeat(ScheduleService schedules, Session s, List<Transaction> recent, String description, String name,
                               java.util.function.Function<LocalDate, Recurrence> rule) {
        recent.stream().filter(t -> t.description().equals(description)).max(java.util.Comparator.comparing(Transaction::date))
                .ifPresent(t -> schedules.repeat(s, t.id(), name, rule.apply(t.date().plusMonths(1)), WeekendPolicy.BEFORE, true));
    }
}
