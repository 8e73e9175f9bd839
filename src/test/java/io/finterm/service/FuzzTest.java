package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.finterm.domain.FintermException;
import io.finterm.domain.Money;
import io.finterm.domain.SshKey;
import io.finterm.rates.EcbFiles;
import io.finterm.rates.Fixtures;
import io.finterm.store.Store;
import io.finterm.testdata.Mutations;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A seeded mutation fuzzer over every input a person or a download can hand finterm: each mutated
 * input must give success or a typed {@link FintermException} with a message, never another
 * exception, never take over 2 s, and on error leave the store as it was. {@code mvn verify} runs
 * {@value #CI_INPUTS} inputs per target; the long run is
 * {@code mvn -B test -Dtest=FuzzTest -Dfinterm.fuzz.inputs=100000}.
 */
@Tag("fuzz")
class FuzzTest {
    static final int CI_INPUTS = 5_000;
    static final int INPUTS = Integer.getInteger("finterm.fuzz.inputs", CI_INPUTS);
    private static final long SEED = Long.getLong("finterm.fuzz.seed", 20261124L);
    private static final long MAX_NANOS = 2_000_000_000L;

    /** Mutates {@code seed} a few times: flips, inserts, deletes, duplicates, truncates ({@link Mutations#GENERAL}). */
    static String mutate(String seed, Random random) {
        return Mutations.GENERAL.mutate(seed, random);
    }

    /** Runs {@code target} on {@link #INPUTS} mutations of the seeds; anything but success or a clear refusal fails. */
    static void fuzz(String name, List<String> seeds, Consumer<String> target) {
        fuzz(name, seeds, target, INPUTS);
    }

    /** As {@link #fuzz(String, List, Consumer)}, on {@code inputs} mutations. */
    static void fuzz(String name, List<String> seeds, Consumer<String> target, int inputs) {
        fuzz(name, seeds, target, inputs, Mutations.GENERAL, MAX_NANOS);
    }

    /** As {@link #fuzz(String, List, Consumer, int)}, mutating with {@code mutations}, each input within {@code maxNanos}. */
    static void fuzz(String name, List<String> seeds, Consumer<String> target, int inputs, Mutations mutations, long maxNanos) {
        Random random = new Random(SEED ^ name.hashCode());
        int refused = 0;
        for (int i = 0; i < inputs; i++) {
            String input = mutations.mutate(seeds.get(random.nextInt(seeds.size())), random);
            long start = System.nanoTime();
            try {
                target.accept(input);
            } catch (FintermException e) {
                refused++;
                if (e.getMessage() == null || e.getMessage().isBlank()) {
                    fail(name + ": a refusal without a message for input #" + i + ": " + shown(input));
                }
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError(name + ": input #" + i + " threw " + e + " for " + shown(input), e);
            }
            if (System.nanoTime() - start > maxNanos) {
                fail(name + ": input #" + i + " took over " + maxNanos / 1_000_000 + " ms: " + shown(input));
            }
        }
        System.out.printf("fuzz %s: %d inputs, %d refused with a message, %d accepted%n", name, inputs, refused, inputs - refused);
    }

    private static String shown(String input) {
        return input.length() > 300 ? input.substring(0, 300) + "…" : input.replace("\u001b", "\\e");
    }

    @Test
    void filterQueries() {
        fuzz("filter", List.of("cat:Groceries amt:>50", "desc:\"coffee shop\" date:2024-01..2024-03 not:cat:Rent", "type:expense cur:USD amt:10..20",
                "payee:\"Café Crème\" tag:trip-rome status:cleared", "not:tag:tax status:reconciled payee:tesco"),
                q -> FilterParser.parse(q, LocalDate.of(2026, 11, 24)));
        fuzz("filter with accounts", List.of("acct:Main,Savings not:acct:Card", "acct:\"Rainy day\" cat:Dining"),
                q -> FilterParser.parse(q, LocalDate.of(2026, 11, 24), List.of("Dining"), java.util.Map.of(1L, "Main", 2L, "Rainy day")));
    }

    /** Field {@code i} of an input split on {@code |}, or {@code null} past the last. */
    private static String field(String[] fields, int i) {
        return i < fields.length ? fields[i] : null;
    }

    @Test
    void accountsAndTransfersChangeNothingWhenRefused() {
        Accounts fx = new Accounts();
        Session alice = fx.alice();
        fx.accountBook.add(alice, NewAccount.named("Savings"));
        fx.accountBook.add(alice, new NewAccount("Tokyo", null, Money.currency("JPY"), "1000", null, true));
        // account add: name|opening|opening date; transfer: from|to|amount|to amount|description
        fuzz("accounts", List.of("Rainy day|1,234.56|2024-03-05", "Card|-250.40|today", "Pension|0|3/5"), input -> {
            String[] f = input.split("\\|", -1);
            LocalDate opened = field(f, 2) == null ? null : DateInput.day("opening date", field(f, 2), LocalDate.of(2026, 11, 24));
            unchangedWhenRefused(fx, () -> fx.accountBook.add(alice, new NewAccount(f[0], null, null, field(f, 1), opened, true)));
            unchangedWhenRefused(fx, () -> fx.accountBook.rename(alice, f[0], f[0] + field(f, 1)));
        });
        fuzz("transfers", List.of("Main|Savings|250.00||rainy day", "Savings|Tokyo|10|1,500|yen", "Tokyo|Main|100|0.61|"), input -> {
            String[] f = input.split("\\|", -1);
            unchangedWhenRefused(fx, () -> fx.transfers.transfer(alice, new TransferEntry(f[0], field(f, 1), field(f, 2), field(f, 3),
                    LocalDate.of(2024, 3, 5), field(f, 4) == null ? "" : field(f, 4))));
        });
    }

    /** Runs {@code change}; if it is refused, the store must be as it was. */
    private static void unchangedWhenRefused(Accounts fx, Runnable change) {
        long before = fx.store.version();
        try {
            change.run();
        } catch (FintermException e) {
            assertEquals(before, fx.store.version(), "a refused change changed the store");
            throw e;
        }
    }

    @Test
    void formFields() {
        fuzz("form", List.of("2024-03-05", "today", "-3", "3/5", "1,234.56", "EUR", SshKeyLine.LINE), text -> {
            try {
                DateInput.parse(text, LocalDate.of(2026, 11, 24));
            } catch (FintermException ignored) {
                // each field is tried in turn
            }
            try {
                Money.parse(text, Money.currency("EUR"));
            } catch (FintermException ignored) {
                // as above
            }
            SshKey.parse(1, 1, text);
        });
    }

    @Test
    void rateFiles() {
        fuzz("rates", List.of(new String(Fixtures.bytes("daily.xml"), StandardCharsets.UTF_8),
                new String(Fixtures.bytes("hist-90d.xml"), StandardCharsets.UTF_8), new String(Fixtures.bytes("hist.csv"), StandardCharsets.UTF_8)),
                text -> EcbFiles.parse(text.getBytes(StandardCharsets.UTF_8), "fuzz"));
    }

    @Test
    void csvImportsChangeNothingWhenRefused() {
        Accounts fx = new Accounts();
        Session alice = fx.alice();
        fx.accountBook.add(alice, new NewAccount("Tokyo", null, Money.currency("JPY"), null, null, true));
        fuzz("csv", List.of("date,type,category,amount,currency,description\n2024-03-01,expense,Dining,12.50,EUR,lunch\n"
                + "2024-03-02,income,Salary,\"1,200.00\",EUR,\"pay, \"\"march\"\"\"\n", "date,category,amount\n2024-03-01,Groceries,-5\n",
                "date,category,amount,currency,account\n2024-03-01,Groceries,-5,EUR,Main\n2024-03-02,Salary,1500,JPY,Tokyo\n",
                // payee, tags, status and a split as rows sharing an id, with hostile values in them
                "id,date,type,account,category,amount,currency,description,payee,tags,status,memo\n"
                        + "7,2024-03-05,expense,Main,Groceries,40.00,EUR,shop,Super\u001b[2Jmarket,home;q1,cleared,food\n"
                        + "7,2024-03-05,expense,Main,Shopping,14.30,EUR,shop,Super\u001b[2Jmarket,home;q1,cleared,soap\n"
                        + "8,2024-03-06,expense,Main,Dining,25.00,EUR,dinner,Trattoria,trip-rome,reconciled,\n",
                "date,category,amount,payee,tags\n2024-03-01,Groceries,-5,\u0007\u009bBank\u202e,"
                        + String.join(";", java.util.Collections.nCopies(30, "t")) + "\n2024-03-02,Salary,9,ACME," + "y".repeat(5000) + "\n"), csv -> {
                    long before = fx.store.version();
                    try {
                        fx.imports.importCsv(alice, new StringReader(csv), new ImportService.Options(false, true), n -> { });
                    } catch (FintermException e) {
                        assertEquals(before, fx.store.version(), "a refused import changed the store");
                        throw e;
                    }
                });
    }

    @Test
    void backupsRestoreWholeOrNotAtAll() {
        Accounts fx = new Accounts();
        fx.transactions.add(fx.alice(), new Entry(LocalDate.of(2024, 3, 1), io.finterm.domain.TxKind.EXPENSE, "Dining",
                Money.of(1250, "EUR"), "lunch"));
        withSplitsTagsAndStatuses(fx);
        StringWriter backup = new StringWriter();
        fx.backups.export(fx.admin(), backup);
        fuzz("backup", List.of(backup.toString()), json -> {
            Store empty = Store.inMemory();
            try {
                new BackupService(empty, fx.accounts, fx.clock).restore(new StringReader(json));
            } catch (FintermException e) {
                assertEquals(0, empty.version(), "a refused restore changed the store");
                throw e;
            } finally {
                empty.close();
            }
        });
    }

    /** A split receipt with a payee and tags, cleared, and a reconciled expense: the fields of a backup of version 3. */
    private static void withSplitsTagsAndStatuses(Accounts fx) {
        Session alice = fx.alice();
        io.finterm.domain.Transaction split = fx.transactions.add(alice, new Entry(LocalDate.of(2024, 3, 2),
                io.finterm.domain.TxKind.EXPENSE, "", Money.of(5430, "EUR"), "shop", null, "Supermarket", List.of("home", "q1"),
                List.of(new Entry.SplitEntry("Groceries", Money.of(4000, "EUR"), "food"),
                        new Entry.SplitEntry("Shopping", Money.of(1430, "EUR"), "soap"))));
        io.finterm.domain.Transaction dinner = fx.transactions.add(alice, new Entry(LocalDate.of(2024, 3, 3),
                io.finterm.domain.TxKind.EXPENSE, "Dining", Money.of(2500, "EUR"), "dinner", null, "Trattoria", List.of("trip-rome"),
                List.of()));
        fx.store.write(tx -> {
            tx.update(io.finterm.store.Schema.TRANSACTIONS, split.withStatus(io.finterm.domain.TxStatus.CLEARED));
            tx.update(io.finterm.store.Schema.TRANSACTIONS, dinner.withStatus(io.finterm.domain.TxStatus.RECONCILED));
            withSchedules(tx, alice, dinner);
            withRollovers(tx, alice, dinner.categoryId());
            return null;
        });
    }

    /**
     * The records of a backup of version 6: a weekly split schedule on Tuesdays, 20 times, paused;
     * a monthly dinner on the last day, its first occurrence posted as {@code dinner}, its second changed;
     * a balance warning.
     */
    private static void withSchedules(io.finterm.store.WriteTx tx, Session alice, io.finterm.domain.Transaction dinner) {
        long a = alice.userId();
        long main = dinner.accountId();
        long groceries = Categories.existing(tx, a, io.finterm.domain.TxKind.EXPENSE, "Groceries").id();
        long shopping = Categories.existing(tx, a, io.finterm.domain.TxKind.EXPENSE, "Shopping").id();
        LocalDate start = LocalDate.of(2024, 3, 1);
        tx.insert(io.finterm.store.Schema.SCHEDULES, new io.finterm.domain.Schedule(tx.nextId(io.finterm.store.Schema.SCHEDULES), a,
                "Shop", main, io.finterm.domain.TxKind.EXPENSE, 0, 0, Money.of(5000, "EUR"), false, "weekly shop", "Market",
                List.of("home"), List.of(new io.finterm.domain.SplitLine(groceries, Money.of(4000, "EUR"), "food"),
                        new io.finterm.domain.SplitLine(shopping, Money.of(1000, "EUR"), "soap")),
                new io.finterm.domain.Recurrence(io.finterm.domain.Frequency.WEEK, 1, 0, 0, java.time.DayOfWeek.TUESDAY, start, null, 20),
                io.finterm.domain.WeekendPolicy.KEEP, false, LocalDate.of(2024, 4, 1), start));
        io.finterm.domain.Schedule out = tx.insert(io.finterm.store.Schema.SCHEDULES, new io.finterm.domain.Schedule(
                tx.nextId(io.finterm.store.Schema.SCHEDULES), a, "Dinner", main, io.finterm.domain.TxKind.EXPENSE, 0, dinner.categoryId(),
                dinner.amount(), false, "", "", List.of(), List.of(), new io.finterm.domain.Recurrence(io.finterm.domain.Frequency.MONTH, 1,
                        io.finterm.domain.Recurrence.LAST, 0, null, start, LocalDate.of(2025, 3, 1), 0),
                io.finterm.domain.WeekendPolicy.BEFORE, true, null, start));
        tx.insert(io.finterm.store.Schema.OCCURRENCES, new io.finterm.domain.Occurrence(tx.nextId(io.finterm.store.Schema.OCCURRENCES), a,
                out.id(), LocalDate.of(2024, 3, 31), io.finterm.domain.OccurrenceState.POSTED, dinner.id(), null, null));
        tx.insert(io.finterm.store.Schema.OCCURRENCES, new io.finterm.domain.Occurrence(tx.nextId(io.finterm.store.Schema.OCCURRENCES), a,
                out.id(), LocalDate.of(2024, 4, 30), io.finterm.domain.OccurrenceState.CHANGED, 0, Money.of(3100, "EUR"),
                LocalDate.of(2024, 5, 2)));
        tx.insert(io.finterm.store.Schema.BALANCE_WARNINGS, new io.finterm.domain.BalanceWarning(
                tx.nextId(io.finterm.store.Schema.BALANCE_WARNINGS), a, main, Money.of(-2500, "EUR")));
    }

    /** The records of a backup of version 7: Dining rolls over from 2024-03, carrying overspending, and stops in 2024-09. */
    private static void withRollovers(io.finterm.store.WriteTx tx, Session alice, long dining) {
        tx.insert(io.finterm.store.Schema.ROLLOVERS, new io.finterm.domain.BudgetRollover(tx.nextId(io.finterm.store.Schema.ROLLOVERS),
                alice.userId(), dining, java.time.YearMonth.of(2024, 3), true, io.finterm.domain.Overspending.CARRY));
        tx.insert(io.finterm.store.Schema.ROLLOVERS, new io.finterm.domain.BudgetRollover(tx.nextId(io.finterm.store.Schema.ROLLOVERS),
                alice.userId(), dining, java.time.YearMonth.of(2024, 9), false, io.finterm.domain.Overspending.ABSORB));
    }

    @Test
    void aPersonsExportChangesNothingInTheImportersBooksWhenRefused() {
        Accounts fx = new Accounts();
        withSplitsTagsAndStatuses(fx);
        StringWriter export = new StringWriter();
        fx.backups.export(fx.alice(), export);
        Session bob = fx.bob();
        fuzz("own-export", List.of(export.toString()), json -> {
            long before = fx.store.version();
            try {
                fx.backups.importOwn(bob, new StringReader(json));
            } catch (FintermException e) {
                assertEquals(before, fx.store.version(), "a refused import changed the store");
                throw e;
            }
        });
    }

    /** A valid public key line, for the form fuzzer. */
    private static final class SshKeyLine {
        static final String LINE = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPTdYE47XNqlBLgt0xlI+TTRmg0h0Bw3ncUwbUCSoIAA alice@laptop";
    }
}
