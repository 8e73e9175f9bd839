package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Account;
import io.finterm.domain.AccountType;
import io.finterm.domain.BusinessDays;
import io.finterm.domain.Frequency;
import io.finterm.domain.Money;
import io.finterm.domain.Occurrence;
import io.finterm.domain.OccurrenceState;
import io.finterm.domain.Recurrence;
import io.finterm.domain.Schedule;
import io.finterm.domain.ScheduledDates;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.WeekendPolicy;
import io.finterm.format.bank.BankFile;
import io.finterm.format.bank.BankRow;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.Schema;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An imported row that stands for an occurrence of a schedule: linked when the occurrence is not
 * handled yet (same account and direction, the amount equal or within 10 % for an approximate one,
 * within 5 days), skipped as already booked when finterm posted it, and unlinked again by import undo.
 */
class ScheduleLinkImportTest {
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private final Accounts fx = new Accounts(); // today is 2026-03-05
    private final Session alice = fx.alice();

    private long main() {
        return fx.store.read(rd -> rd.get(Schema.USERS, alice.userId()).orElseThrow().defaultAccountId());
    }

    private static Money eur(long minor) {
        return Money.of(minor, "EUR");
    }

    /** A monthly schedule of alice's into Main on {@code day}, waiting for approval. */
    private Schedule schedule(String name, TxKind kind, String category, long minor, boolean approximate, int day) {
        return fx.store.write(w -> w.insert(Schema.SCHEDULES, new Schedule(w.nextId(Schema.SCHEDULES), alice.userId(), name, main(), kind,
                0, Categories.existing(w, alice.userId(), kind, category).id(), eur(minor), approximate, "", "", List.of(), List.of(),
                new Recurrence(Frequency.MONTH, 1, day, 0, null, JAN_1, null, 0), WeekendPolicy.KEEP, false, null, JAN_1)));
    }

    private Schedule rent() {
        return schedule("Rent", TxKind.EXPENSE, "Rent", 120000, false, 1);
    }

    private Occurrence occurrence(Schedule s, LocalDate date, OccurrenceState state, long tx, Money amount) {
        return fx.store.write(w -> w.insert(Schema.OCCURRENCES, new Occurrence(w.nextId(Schema.OCCURRENCES), alice.userId(), s.id(), date,
                state, tx, amount, null)));
    }

    private static BankRow row(long line, LocalDate date, String amount, String payee) {
        return new BankRow(line, date, new BigDecimal(amount), "", payee, "", "");
    }

    private ImportService.Result importing(boolean dryRun, boolean allowDuplicates, BankRow... rows) {
        BankFile file = new BankImportServiceTest.Rows(rows);
        return fx.imports.importBank(alice, file, new ImportService.Options(dryRun, allowDuplicates), n -> { }, null);
    }

    private List<Occurrence> occurrences(Schedule s) {
        return fx.store.read(rd -> rd.scan(Schema.OCCURRENCES_BY_SCHEDULE, KeyRange.prefix(alice.userId(), s.id()), Paging.all()).rows());
    }

    private Transaction transaction(long id) {
        return fx.store.read(rd -> rd.get(Schema.TRANSACTIONS, id)).orElseThrow();
    }

    @Test
    void aBankRowThatMatchesADueOccurrenceIsBookedAndTheOccurrenceIsLinkedToIt() {
        Schedule rent = rent();
        occurrence(rent, JAN_1, OccurrenceState.SKIPPED, 0, null);
        // Feb 1 is due; the bank booked it two days late; a second payment of the same amount a day later is another one
        ImportService.Result r = importing(false, false, row(1, LocalDate.of(2026, 2, 3), "-1200.00", "MIETE HAUSVERWALTUNG"),
                row(2, LocalDate.of(2026, 2, 4), "-1200.00", "SOMETHING ELSE"));
        assertEquals(2, r.summary().imported(), "both rows are booked");
        assertEquals("linked 1 row to the schedule Rent (2026-02-01)", r.linkedSentence());
        Occurrence linked = occurrences(rent).stream().filter(o -> o.state() == OccurrenceState.LINKED).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 2, 1), linked.date());
        Transaction t = transaction(linked.transactionId());
        assertEquals(List.of(LocalDate.of(2026, 2, 3), "MIETE HAUSVERWALTUNG", r.importId()),
                List.of(t.date(), t.payee(), t.origin().importId()), "the first row stands for it; one row per occurrence");
        assertEquals(2, occurrences(rent).size(), "the skipped January and the linked February");
        assertTrue(fx.store.check().ok(), () -> fx.store.check().problems().toString());
    }

    @Test
    void onlyTheSameAccountDirectionAndAmountWithinFiveDaysLinkAndAnApproximateAmountWithinTenPercent() {
        Schedule pay = schedule("Pay", TxKind.INCOME, "Salary", 250000, true, 25);
        Schedule gym = schedule("Gym", TxKind.EXPENSE, "Health", 3000, false, 10);
        long savings = fx.store.write(w -> w.insert(Schema.ACCOUNTS, new Account(w.nextId(Schema.ACCOUNTS), alice.userId(), "Savings",
                AccountType.SAVINGS, eur(0).currency(), eur(0), JAN_1, true, false))).id();
        ImportService.Result r = importing(false, false,
                row(1, LocalDate.of(2026, 1, 26), "2751.00", "ACME too much"), // more than 10 % over 2,500
                row(2, LocalDate.of(2026, 1, 10), "-30.00", "gym on the 10th"),
                row(3, LocalDate.of(2026, 2, 4), "-30.00", "gym six days before the 10th"),
                row(4, LocalDate.of(2026, 2, 24), "2749.99", "ACME within 10 %"),
                row(5, LocalDate.of(2026, 3, 10), "30.00", "gym money coming in"),
                row(6, LocalDate.of(2026, 3, 10), "-30.01", "gym a cent more"));
        assertEquals("linked 2 rows to schedules: Gym (2026-01-10), Pay (2026-02-25)", r.linkedSentence());
        assertEquals(1, occurrences(pay).size());
        assertEquals(1, occurrences(gym).size());
        ImportService.Result other = fx.imports.importBank(alice, new BankImportServiceTest.Rows(row(1, LocalDate.of(2026, 3, 10), "-30.00",
                "gym from savings")), new ImportService.Options(false, false, "Savings"), n -> { }, null);
        assertEquals(0, other.linked(), "another account's row is not the schedule's, into account " + savings);
    }

    @Test
    void aChangedOccurrenceIsMatchedOnItsOwnAmountAndBecomesLinked() {
        Schedule rent = rent();
        Occurrence changed = occurrence(rent, LocalDate.of(2026, 3, 1), OccurrenceState.CHANGED, 0, eur(125000));
        ImportService.Result r = importing(false, false, row(1, LocalDate.of(2026, 3, 2), "-1250.00", "MIETE"),
                row(2, LocalDate.of(2026, 2, 1), "-1200.00", "MIETE"));
        assertEquals("linked 2 rows to schedules: Rent (2026-03-01), Rent (2026-02-01)", r.linkedSentence());
        Occurrence now = occurrences(rent).stream().filter(o -> o.date().equals(changed.date())).findFirst().orElseThrow();
        assertEquals(List.of(changed.id(), OccurrenceState.LINKED), List.of(now.id(), now.state()), "the same row, linked now");
    }

    @Test
    void aRowThatFintermPostedForTheScheduleIsSkippedAsAlreadyBookedUnlessDuplicatesAreAllowed() {
        Schedule rent = rent();
        Transaction posted = fx.transactions.add(alice, new Entry(LocalDate.of(2026, 2, 1), TxKind.EXPENSE, "Rent", eur(120000), "Rent"));
        occurrence(rent, LocalDate.of(2026, 2, 1), OccurrenceState.POSTED, posted.id(), null);
        ImportPreview collected = new ImportPreview();
        ImportPreview.Preview preview = collected.of(List.of(), () -> fx.imports.importBank(alice, new BankImportServiceTest.Rows(
                row(7, LocalDate.of(2026, 2, 3), "-1200.00", "MIETE")), new ImportService.Options(true, false), n -> { }, collected));
        assertEquals("2026-02-01 1200.00 Rent, transaction " + posted.id() + ", posted by the schedule Rent (2026-02-01)",
                preview.rows().get(0).duplicateOf(), "the import screen's preview says so");

        ImportService.Result r = importing(false, false, row(7, LocalDate.of(2026, 2, 3), "-1200.00", "MIETE"),
                row(8, LocalDate.of(2026, 2, 3), "-1200.00", "MIETE AGAIN"));
        assertEquals(List.of(1L, 1L), List.of(r.summary().imported(), r.summary().duplicates()),
                "the first row is the posted rent; the second is another payment: " + r.likelyDuplicates());
        assertEquals(List.of("line 7: 2026-02-03 -1200.00 MIETE is transaction " + posted.id() + " of 2026-02-01, posted by the schedule Rent"
                + " (2026-02-01)"), r.likelyDuplicates());
        assertEquals(0, r.linked());

        ImportService.Result allowed = importing(false, true, row(7, LocalDate.of(2026, 2, 3), "-1200.00", "MIETE"));
        assertEquals(List.of(1L, 0L), List.of(allowed.summary().imported(), allowed.summary().duplicates()), "--allow-duplicates imports it");
    }

    @Test
    void aRowThatAnImportBroughtForAPostedOccurrenceIsNotSkippedByTheSchedule() {
        Schedule rent = rent();
        ImportService.Result first = importing(false, false, row(1, LocalDate.of(2026, 2, 1), "-1200.00", "MIETE"));
        assertEquals(1, first.linked());
        // the linked row has an origin: a later row near it is judged by the bank's duplicate rule only, not as posted by finterm
        fx.store.write(w -> {
            Occurrence o = w.findUnique(Schema.OCCURRENCES_BY_SCHEDULE, alice.userId(), rent.id(), LocalDate.of(2026, 2, 1).toEpochDay())
                    .orElseThrow();
            return w.update(Schema.OCCURRENCES, new Occurrence(o.id(), o.userId(), o.scheduleId(), o.date(), OccurrenceState.POSTED,
                    o.transactionId(), null, null));
        });
        ImportService.Result again = importing(false, false, row(1, LocalDate.of(2026, 2, 4), "-1200.00", "OTHER PAYEE"));
        assertEquals(1, again.summary().imported());
    }

    @Test
    void importUndoRemovesTheLinksItMadeAndTheOccurrenceIsDueAgain() {
        Schedule rent = rent();
        ImportService.Result r = importing(false, false, row(1, LocalDate.of(2026, 2, 2), "-1200.00", "MIETE"));
        assertEquals(1, r.linked());
        fx.importHistory.undo(alice, r.importId(), false);
        assertEquals(List.of(), occurrences(rent));
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1)),
                ScheduledDates.unhandled(rent, occurrences(rent), LocalDate.of(2026, 3, 5), BusinessDays.WEEKENDS_ONLY).stream()
                        .map(ScheduledDates.Upcoming::date).toList(), "February is due again");
        assertTrue(fx.store.check().ok(), () -> fx.store.check().problems().toString());
    }

    @Test
    void aDryRunSaysWhatItWouldLinkAndWritesNothing() {
        Schedule rent = rent();
        long before = fx.store.version();
        ImportService.Result r = importing(true, false, row(1, LocalDate.of(2026, 2, 2), "-1200.00", "MIETE"));
        assertEquals("would link 1 row to the schedule Rent (2026-02-01)", r.linkedSentence());
        assertEquals(before, fx.store.version());
        assertEquals(List.of(), occurrences(rent));
    }

    @Test
    void fintermsOwnCsvLinksToo() {
        Schedule rent = rent();
        ImportService.Result r = fx.imports.importOwnCsv(alice, new StringReader("date,type,category,amount,currency,description\n"
                + "2026-02-27,expense,Rent,1200.00,EUR,rent paid early\n"), new ImportService.Options(false, false), n -> { }, null);
        assertEquals("linked 1 row to the schedule Rent (2026-03-01)", r.linkedSentence());
        assertEquals(OccurrenceState.LINKED, occurrences(rent).get(0).state());
    }

    @Test
    void aPersonWithoutSchedulesLinksNothing() {
        ImportService.Result r = importing(false, false, row(1, LocalDate.of(2026, 2, 2), "-1200.00", "MIETE"));
        assertEquals(List.of(1L, 0L, ""), List.of(r.summary().imported(), r.linked(), r.linkedSentence()));
    }

    @Test
    void aRowIsMatchedToTheDayAConfiguredHolidayMovesTheOccurrenceTo() {
        // Monday 2026-03-02 is a holiday: the occurrence is booked on Tuesday the 3rd, and a row five days later is it.
        BusinessDays holiday = new BusinessDays(java.util.Set.of(LocalDate.of(2026, 3, 2)));
        Schedule gym = fx.store.write(w -> w.insert(Schema.SCHEDULES, new Schedule(w.nextId(Schema.SCHEDULES), alice.userId(), "Gym", main(),
                TxKind.EXPENSE, 0, Categories.existing(w, alice.userId(), TxKind.EXPENSE, "Health").id(), eur(3000), false, "", "", List.of(),
                List.of(), new Recurrence(Frequency.MONTH, 1, 2, 0, null, LocalDate.of(2026, 3, 2), null, 0), WeekendPolicy.AFTER, false, null,
                LocalDate.of(2026, 3, 2))));
        ImportService imports = new ImportService(fx.store, fx.accounts, "", holiday, fx.clock);
        ImportService.Result r = imports.importBank(alice, new BankImportServiceTest.Rows(row(1, LocalDate.of(2026, 3, 8), "-30.00", "GYM")),
                new ImportService.Options(false, false), n -> { }, null);
        assertEquals("linked 1 row to the schedule Gym (2026-03-02)", r.linkedSentence());
        assertEquals(List.of(OccurrenceState.LINKED), occurrences(gym).stream().map(Occurrence::state).toList());
    }
}
