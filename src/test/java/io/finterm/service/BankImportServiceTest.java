package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.FintermException;
import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.TxStatus;
import io.finterm.format.bank.BankFile;
import io.finterm.format.bank.BankRow;
import io.finterm.store.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A bank file's rows, however they were read, go into one account uncategorized and cleared, with
 * the bank's id and second date kept; duplicates are decided by the bank's id, or else by amount,
 * date and a similar text, one booked transaction for one row; and an import can be taken back.
 */
class BankImportServiceTest {
    private static final LocalDate NOV_10 = LocalDate.of(2026, 11, 10);
    final Accounts fx = new Accounts();
    final Session alice = fx.alice();

    /** A bank file that has already been read: these rows, or these rows and errors. */
    record Rows(List<BankRow> rows, List<String> errors) implements BankFile {
        Rows(BankRow... rows) {
            this(List.of(rows), List.of());
        }

        @Override
        public List<String> detected() {
            return List.of("format: test rows");
        }

        @Override
        public void read(Consumer<BankRow> out, BiConsumer<Long, String> bad) {
            rows.forEach(out);
            for (int i = 0; i < errors.size(); i++) {
                bad.accept((long) 100 + i, errors.get(i));
            }
        }
    }

    static BankRow row(long line, LocalDate date, String amount, String payee, String bankId) {
        return new BankRow(line, date, new BigDecimal(amount), "", payee, "card payment", bankId);
    }

    ImportService.Result importing(BankFile file) {
        return fx.imports.importBank(alice, file, new ImportService.Options(false, false), n -> { }, null);
    }

    List<Transaction> stored() {
        List<Transaction> all = new ArrayList<>();
        fx.store.read(rd -> {
            rd.forEach(Schema.TRANSACTIONS, t -> {
                if (t.userId() == alice.userId()) {
                    all.add(t);
                }
            });
            return null;
        });
        return all;
    }

    @Test
    void rowsGoIntoTheDefaultAccountUncategorizedAndClearedWithTheBanksIdSecondDateAndLabels() {
        BankRow salary = new BankRow(3, NOV_10, NOV_10.plusDays(1), new BigDecimal("2500.00"), "EUR", "ACME GmbH", "Gehalt November",
                "REF-1", List.of("Lohn & Gehalt"), List.of());
        ImportService.Result r = importing(new Rows(row(2, NOV_10.minusDays(2), "-45.10", "REWE Markt", "REF-0"), salary));

        assertEquals(2, r.summary().imported());
        assertEquals(2, r.uncategorized());
        assertEquals("Main", r.account());
        assertEquals(NOV_10.minusDays(2), r.first());
        assertEquals(NOV_10, r.last());
        assertEquals(List.of("expense:Uncategorized", "income:Uncategorized"), r.summary().newCategories());
        List<Transaction> all = stored();
        Transaction rewe = all.stream().filter(t -> t.payee().equals("REWE Markt")).findFirst().orElseThrow();
        assertEquals(TxKind.EXPENSE, rewe.kind());
        assertEquals(new Money(4_510, rewe.amount().currency()), rewe.amount());
        assertEquals(TxStatus.CLEARED, rewe.status());
        assertEquals("REF-0", rewe.origin().bankId());
        assertEquals(r.importId(), rewe.origin().importId());
        Transaction pay = all.stream().filter(t -> t.payee().equals("ACME GmbH")).findFirst().orElseThrow();
        assertEquals(TxKind.INCOME, pay.kind());
        assertEquals(NOV_10.plusDays(1), pay.origin().otherDate());
        assertEquals(List.of("lohn-gehalt"), pay.tags());
        assertEquals("Gehalt November", pay.description());
        assertTrue(fx.store.check().ok());
    }

    @Test
    void theSameFileTwiceAddsNothingTheSecondTime() {
        Rows file = new Rows(row(2, NOV_10, "-10.00", "Bakery", "A1"), row(3, NOV_10, "-10.00", "Bakery", "A2"));
        assertEquals(2, importing(file).summary().imported());
        ImportService.Result again = importing(file);
        assertEquals(0, again.summary().imported());
        assertEquals(2, again.summary().duplicates());
        assertEquals(0, again.importId(), "nothing imported, nothing to take back");
        assertTrue(again.likelyDuplicates().get(0).startsWith("line 2: 2026-11-10 -10.00 Bakery is transaction "),
                again.likelyDuplicates().get(0));
        assertEquals(2, stored().size());
    }

    @Test
    void overlappingStatementsImportOnlyWhatIsNew() {
        List<BankRow> november = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            november.add(row(i + 2, NOV_10.plusDays(i), "-" + (i + 1) + ".00", "Shop " + i, ""));
        }
        assertEquals(10, importing(new Rows(november.subList(0, 10), List.of())).summary().imported());
        ImportService.Result second = importing(new Rows(november.subList(5, 15), List.of()));
        assertEquals(5, second.summary().imported());
        assertEquals(5, second.summary().duplicates());
        assertEquals(15, stored().size());
    }

    @Test
    void aHandEnteredPurchaseAFewDaysEarlierIsTheBankRowOfItButNotFourDaysOrAnotherAmountOrAnotherShop() {
        fx.transactions.add(alice, new Entry(NOV_10.minusDays(3), TxKind.EXPENSE, "Dining", Money.of(1_250, "EUR"), "lunch at Luigi's",
                null, "Luigi's", List.of(), List.of()));
        ImportService.Result r = importing(new Rows(
                row(2, NOV_10, "-12.50", "LUIGIS RISTORANTE", ""), // three days later, the same shop: the hand-entered one
                row(3, NOV_10.plusDays(1), "-12.50", "LUIGIS RISTORANTE", ""), // the only candidate is taken
                row(4, NOV_10, "-12.51", "LUIGIS RISTORANTE", ""),
                row(5, NOV_10, "-12.50", "Petrol station", "")));
        assertEquals(1, r.summary().duplicates());
        assertEquals(3, r.summary().imported());
        assertTrue(r.likelyDuplicates().get(0).startsWith("line 2: "), r.likelyDuplicates().toString());
    }

    @Test
    void fourDaysApartIsNotTheSamePurchase() {
        fx.transactions.add(alice, new Entry(NOV_10.minusDays(4), TxKind.EXPENSE, "Dining", Money.of(1_250, "EUR"), "Luigi's"));
        assertEquals(0, importing(new Rows(row(2, NOV_10, "-12.50", "Luigi's", ""))).summary().duplicates());
    }

    @Test
    void identicalRowsOfOneFileAreTwoPurchasesUnlessBothWereBookedAlready() {
        Rows twoCoffees = new Rows(row(2, NOV_10, "-3.20", "Cafe", ""), row(3, NOV_10, "-3.20", "Cafe", ""));
        assertEquals(2, importing(twoCoffees).summary().imported());
        assertEquals(0, importing(twoCoffees).summary().imported());
        Rows threeCoffees = new Rows(row(2, NOV_10, "-3.20", "Cafe", ""), row(3, NOV_10, "-3.20", "Cafe", ""),
                row(4, NOV_10, "-3.20", "Cafe", ""));
        assertEquals(1, importing(threeCoffees).summary().imported());
        assertEquals(3, stored().size());
    }

    @Test
    void theBanksIdDecidesWhenBothRowsHaveOne() {
        assertEquals(1, importing(new Rows(row(2, NOV_10, "-3.20", "Cafe", "X-1"))).summary().imported());
        // the same amount, day and shop, but the bank says it is another payment
        assertEquals(1, importing(new Rows(row(2, NOV_10, "-3.20", "Cafe", "X-2"))).summary().imported());
        // without an id, a row is judged by amount, day and text: it repeats one of the two
        assertEquals(0, importing(new Rows(row(2, NOV_10, "-3.20", "Cafe", ""))).summary().imported());
    }

    @Test
    void aBadRowRefusesTheWholeFileAndNothingIsWritten() {
        BankRow tooPrecise = row(8, NOV_10, "-5.001", "Diner", "");
        ImportService.Rejected e = assertThrows(ImportService.Rejected.class,
                () -> importing(new Rows(List.of(row(2, NOV_10, "-1.00", "Ok", ""), tooPrecise), List.of("date: '31.02.2026' does not exist"))));
        assertEquals(2, e.badRows());
        assertTrue(e.getMessage().contains("line 8: amount: at most 2 decimal places for EUR, and 5.001 has 3"), e.getMessage());
        assertTrue(e.getMessage().contains("line 100: date: '31.02.2026' does not exist"), e.getMessage());
        assertEquals(List.of(), stored());
        assertEquals(List.of(), fx.importHistory.list(alice));
    }

    @Test
    void aFileInAnotherCurrencyThanTheAccountIsRefusedOnceNamingTheOption() {
        BankRow dollars = new BankRow(7, NOV_10, new BigDecimal("-5.00"), "USD", "Diner", "", "");
        FintermException e = assertThrows(FintermException.class, () -> importing(new Rows(row(2, NOV_10, "-1.00", "Ok", ""), dollars)));
        assertEquals("nothing was imported: line 7 is in USD, and the account 'Main' is in EUR: import the file into an account in USD"
                + " with --account (finterm account add NAME --currency USD makes one)", e.getMessage());
        assertEquals(List.of(), stored());
    }

    @Test
    void rowsOfZeroAreSkippedAndCountedAndLongTextsShortenedAndCounted() {
        BankRow longText = new BankRow(3, NOV_10, new BigDecimal("-9.99"), "", "P".repeat(150), "D".repeat(300), "");
        ImportService.Result r = importing(new Rows(row(2, NOV_10, "0.00", "Fee waived", ""), longText,
                row(4, NOV_10, "-1.500", "Kiosk", "")));
        assertEquals(2, r.summary().imported(), "1.500 is 1.50: its last zero is the file's formatting");
        assertEquals(1, r.zeroAmounts());
        assertEquals(2, r.shortened());
        Transaction t = stored().get(0);
        assertEquals(Transaction.MAX_PAYEE, t.payee().length());
        assertTrue(t.payee().endsWith("…"));
        assertEquals(Transaction.MAX_DESCRIPTION, t.description().length());
    }

    @Test
    void aDryRunWritesNothing() {
        ImportService.Result r = fx.imports.importBank(alice, new Rows(row(2, NOV_10, "-1.00", "Ok", "")),
                new ImportService.Options(true, false), n -> { }, null);
        assertEquals(1, r.summary().imported());
        assertTrue(r.summary().dryRun());
        assertEquals(List.of(), stored());
        assertEquals(List.of(), fx.importHistory.list(alice));
    }

    @Test
    void anImportIsTakenBackWholeAndListedAsTakenBack() {
        fx.transactions.add(alice, new Entry(NOV_10, TxKind.EXPENSE, "Dining", Money.of(700, "EUR"), "by hand"));
        ImportService.Result r = importing(new Rows(row(2, NOV_10, "-1.00", "A", "1"), row(3, NOV_10, "-2.00", "B", "2")));
        ImportHistoryService.Listed listed = fx.importHistory.list(alice).get(0);
        assertEquals(r.importId(), listed.id());
        assertEquals(2, listed.rows());
        assertEquals("Main", listed.account());
        assertNull(listed.undoneAt());

        ImportHistoryService.Undone u = fx.importHistory.undo(alice, r.importId(), false);
        assertEquals(2, u.removed());
        assertEquals(List.of("by hand"), stored().stream().map(Transaction::description).toList());
        assertTrue(fx.importHistory.list(alice).get(0).undoneAt() != null);
        FintermException again = assertThrows(FintermException.class, () -> fx.importHistory.undo(alice, r.importId(), false));
        assertTrue(again.getMessage().startsWith("import " + r.importId() + " was taken back already"), again.getMessage());
        assertTrue(fx.store.check().ok());
    }

    @Test
    void aChangedRowStopsTheUndoAndIsNamedUnlessItIsKept() {
        ImportService.Result r = importing(new Rows(row(2, NOV_10, "-1.00", "A", "1"), row(3, NOV_10, "-2.00", "B", "2")));
        Transaction b = stored().stream().filter(t -> t.payee().equals("B")).findFirst().orElseThrow();
        fx.transactions.edit(alice, b.id(), new Entry(NOV_10, TxKind.EXPENSE, "Dining", Money.of(200, "EUR"), "card payment", null,
                "B", List.of(), List.of()));
        assertEquals(b.origin(), fx.transactions.get(alice, b.id()).transaction().origin(), "an edit keeps where the row came from");

        FintermException e = assertThrows(FintermException.class, () -> fx.importHistory.undo(alice, r.importId(), false));
        assertTrue(e.getMessage().contains("1 row changed since it was imported: transaction " + b.id() + " (2026-11-10 B)"), e.getMessage());
        assertTrue(e.getMessage().contains("--keep-edited"), e.getMessage());
        assertEquals(2, stored().size(), "nothing was taken back");

        ImportHistoryService.Undone u = fx.importHistory.undo(alice, r.importId(), true);
        assertEquals(1, u.removed());
        assertEquals(List.of(b.id()), u.kept());
        assertEquals(List.of("B"), stored().stream().map(Transaction::payee).toList());
        assertTrue(fx.store.check().ok());
    }

    @Test
    void bobCannotSeeOrTakeBackAlicesImport() {
        ImportService.Result r = importing(new Rows(row(2, NOV_10, "-1.00", "A", "1")));
        Session bob = fx.bob();
        assertEquals(List.of(), fx.importHistory.list(bob));
        assertThrows(AccessDenied.class, () -> fx.importHistory.undo(bob, r.importId(), false));
        assertEquals(1, stored().size());
    }

    @Test
    void anIdTheBankUsedAgainForAnotherPaymentDecidesNothing() {
        assertEquals(2, importing(new Rows(row(2, NOV_10, "-10.00", "Kiosk", "1"), row(3, NOV_10, "-20.00", "Bakery", "2"))).summary().imported());
        // the next statement numbers its rows from 1 again: rent and salary are not the kiosk and the bakery
        ImportService.Result next = importing(new Rows(row(2, NOV_10.plusMonths(1), "-900.00", "Landlord", "1"),
                row(3, NOV_10.plusMonths(1), "2000.00", "ACME", "2"), row(4, NOV_10, "-10.00", "Kiosk", "1")));
        assertEquals(2, next.summary().imported());
        assertEquals(1, next.summary().duplicates(), "the kiosk, with its id, amount and day, is the one booked");
    }

    @Test
    void aLongIdIsStoredAsItsDigestAndRecognisedTheSecondTime() {
        String longId = "X".repeat(300);
        assertEquals(1, importing(new Rows(row(2, NOV_10, "-10.00", "Kiosk", longId))).summary().imported());
        assertTrue(stored().get(0).origin().bankId().startsWith("sha256:"));
        ImportService.Result again = importing(new Rows(row(2, NOV_10, "-10.00", "Kiosk", longId)));
        assertEquals(0, again.summary().imported());
        assertEquals(0, again.shortened(), "an id is not a payee or a description");
    }

    @Test
    void aPlaceholderIsNoIdSoTwoRowsWithItAreTwoPayments() {
        assertEquals(2, importing(new Rows(row(2, NOV_10, "-10.00", "Kiosk", "NONREF"), row(3, NOV_10, "-20.00", "Bakery", "NOTPROVIDED")))
                .summary().imported());
        assertEquals("", stored().get(0).origin().bankId());
        ImportService.Result third = importing(new Rows(row(2, NOV_10.plusDays(9), "-30.00", "Florist", "NONREF")));
        assertEquals(1, third.summary().imported());
    }

    @Test
    void twoShopsWithTheSameBankWordingAreTwoPurchases() {
        assertEquals(1, importing(new Rows(row(2, NOV_10, "-3.20", "Cafe Roma", ""))).summary().imported());
        assertEquals(1, importing(new Rows(row(2, NOV_10.plusDays(2), "-3.20", "Bakery Jones", ""))).summary().imported(),
                "both say 'card payment', but the payees differ");
    }

    @Test
    void aBookedRowThatTheBankIdMatchedAndThatGoesBeforeTheCommitStopsTheImport() {
        importing(new Rows(row(2, NOV_10, "-10.00", "Kiosk", "K1")));
        Transaction booked = stored().get(0);
        // what the duplicate check saw while the file was read, without the lock ...
        ImportBasis basis = new ImportBasis(fx.store.read(rd -> rd.get(Schema.USERS, alice.userId())).orElseThrow(),
                new ExistingTransactions(fx.store, alice.userId()));
        basis.bankIdLookedUp(booked.accountId(), "K1", List.of(booked));
        fx.transactions.delete(alice, booked.id()); // ... and then someone deletes it, before the commit
        FintermException e = assertThrows(FintermException.class, () -> fx.store.write(tx -> {
            basis.commitTo(tx);
            return null;
        }));
        assertEquals("nothing was imported: the transactions with the bank's id K1 changed while the file was read; run the import again",
                e.getMessage());
    }

    @Test
    void detectionShowsTheRowsWithTheirBankIdsAndAWrongCurrencyAsItsProblem() {
        ImportService.Detection euros = fx.imports.detect(alice, BankFileFuzzTest.source("x.ofx", OFX_IN_DOLLARS.replace("USD", "EUR")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)), new ImportService.Options(true, false));
        assertEquals("FIT-1", euros.firstRows().get(0).bankId());
        assertNull(euros.problem());
        ImportService.Detection d = fx.imports.detect(alice, BankFileFuzzTest.source("x.ofx", OFX_IN_DOLLARS.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), new ImportService.Options(true, false));
        assertTrue(d.problem().startsWith("nothing was imported: line "), d.problem());
        assertTrue(d.problem().contains("is in USD, and the account 'Main' is in EUR"), d.problem());
    }

    private static final String OFX_IN_DOLLARS = """
            OFXHEADER:100
            DATA:OFXSGML
            VERSION:102
            SECURITY:NONE
            ENCODING:USASCII
            CHARSET:1252
            COMPRESSION:NONE
            OLDFILEUID:NONE
            NEWFILEUID:NONE

            <OFX><BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>
            <STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>000000000<ACCTID>0000001234<ACCTTYPE>CHECKING</BANKACCTFROM>
            <BANKTRANLIST><DTSTART>20261101<DTEND>20261130
            <STMTTRN><TRNTYPE>POS<DTPOSTED>20261110<TRNAMT>-4.50<FITID>FIT-1<NAME>Coffee Cart</STMTTRN>
            </BANKTRANLIST><LEDGERBAL><BALAMT>100.00<DTASOF>20261130</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
            """;

    @Test
    void theSameCoffeeOnTheDaysOfTwoStatementsThatDoNotOverlapIsFourCoffees() {
        assertEquals(2, importing(new Rows(row(2, NOV_10, "-2.50", "Baeckerei Kamps", ""), row(3, NOV_10.plusDays(1), "-2.50",
                "Baeckerei Kamps", ""))).summary().imported());
        ImportService.Result next = importing(new Rows(row(2, NOV_10.plusDays(2), "-2.50", "Baeckerei Kamps", ""),
                row(3, NOV_10.plusDays(3), "-2.50", "Baeckerei Kamps", "")));
        assertEquals(2, next.summary().imported(), "a bank's rows keep the bank's dates: another day is another coffee");
    }

    @Test
    void anImportWhoseRowsALaterImportSkippedIsNotTakenBackAlone() {
        long first = importing(new Rows(row(2, NOV_10, "-950.00", "Landlord", ""), row(3, NOV_10, "-84.20", "Stadtwerke", "")))
                .importId();
        long later = importing(new Rows(row(2, NOV_10, "-950.00", "Landlord", ""), row(3, NOV_10.plusDays(5), "-12.00", "Kiosk", "")))
                .importId();
        FintermException e = assertThrows(FintermException.class, () -> fx.importHistory.undo(alice, first, false));
        assertEquals("import " + first + " has rows that import " + later + " ((unnamed)) skipped as already booked, so taking it back"
                + " alone would lose them; take back that one first (finterm import undo " + later + "), then this one, and import the"
                + " newer file again", e.getMessage());
        assertEquals(3, stored().size());
        fx.importHistory.undo(alice, later, false);
        assertEquals(2, fx.importHistory.undo(alice, first, false).removed());
        assertEquals(List.of(), stored());
    }

    @Test
    void aSplitsLinesKeepTheirMemosInTheDescriptionAndTheirLabelsAsTags() {
        BankRow split = new BankRow(5, NOV_10, null, new BigDecimal("-142.17"), "", "Big Box Store", "weekly", "", List.of(),
                List.of(new BankRow.Line(new BigDecimal("-97.22"), "Groceries", "Food"), new BankRow.Line(new BigDecimal("-44.95"),
                        "Household", "")));
        importing(new Rows(split));
        Transaction t = stored().get(0);
        assertEquals("weekly; Food", t.description());
        assertEquals(List.of("groceries", "household"), t.tags());
        assertEquals(new Money(14_217, t.amount().currency()), t.amount());
    }
}
