package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Money;
import io.finterm.domain.SplitLine;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.TxStatus;
import io.finterm.store.KeyRange;
import io.finterm.store.MonthlyTotal;
import io.finterm.store.Paging;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.testdata.StoreFixtures;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store that the last finterm before splits, payees, tags and statuses wrote ({@code stores/format3},
 * see its README and {@code make.sh}) migrates to format 4: every transaction arrives uncleared, with no
 * payee, tags or lines, and the books read exactly as the commands that made it put them in.
 */
class MigrationOfFormatThreeTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    /** The rows of the format-2 fixture's README that make.sh does not add (its two adds are in their accounts' currencies). */
    private static final List<String> NOT_IN_FORMAT_THREE = List.of("book in London", "US client", "metro card");

    @TempDir
    Path temp;
    Store store;
    Accounts fx;

    @BeforeEach
    void openTheMigratedFixture() {
        store = Store.open(StoreFixtures.copyStore("format3", temp.resolve("store")));
        assertEquals(3, store.migration().from());
        assertEquals(io.finterm.store.StoreFormat.CURRENT, store.migration().to());
        fx = new Accounts.Restored(store).fixture();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyTransactionArrivesUnclearedWithNoPayeeTagsOrLines() {
        List<Transaction> all = new ArrayList<>();
        store.read(rd -> {
            rd.forEach(Schema.TRANSACTIONS, all::add);
            return null;
        });
        // 1,400 + 1,100 + 600 imported, two added, and three transfers of two legs.
        assertEquals(3_108, all.size());
        assertEquals(6, all.stream().filter(Transaction::isTransfer).count());
        for (Transaction t : all) {
            assertEquals("", t.payee(), () -> "transaction " + t.id());
            assertEquals(List.of(), t.tags(), () -> "transaction " + t.id());
            assertEquals(TxStatus.UNCLEARED, t.status(), () -> "transaction " + t.id());
            assertEquals(List.of(), t.lines(), () -> "transaction " + t.id());
        }
        assertTrue(store.check().ok(), () -> store.check().problems().toString());
    }

    @Test
    void aliceBalancesAreThoseOfTheCommandsThatMadeTheStore() throws Exception {
        Session alice = login("alice");
        LocalDate day = LocalDate.of(2026, 12, 31); // after the last imported row, 2026-11-30
        long main = FormatTwoBooks.rows("alice").stream().filter(r -> r.currency().equals(EUR) && !r.description().equals("dinner with Ana"))
                .mapToLong(FormatTwoBooks.Row::signed).sum();
        assertEquals(new Money(main - 30_000 - 12_000 - 10_000, EUR), fx.accountBook.get(alice, "Main", day).balance());
        assertEquals(new Money(250_000 + 30_000, EUR), fx.accountBook.get(alice, "Savings", day).balance());
        assertEquals(new Money(-12_000 + 12_000 - 2_340, EUR), fx.accountBook.get(alice, "Visa", day).balance());
        assertEquals(new Money(10_820 - 4_100, USD), fx.accountBook.get(alice, "US Checking", day).balance());
        assertEquals(new Money(4_000, EUR), fx.accountBook.get(alice, "Old Wallet", day).balance());
        assertTrue(fx.accountBook.get(alice, "Old Wallet", day).account().closed());
    }

    @Test
    void monthlyTotalsAreThoseOfTheImportedFilesAndTheTwoAddedExpenses() throws Exception {
        for (String user : List.of("alice", "bob", "carol")) {
            long userId = login(user).userId();
            Map<Long, String> names = new HashMap<>();
            store.read(rd -> {
                rd.forEach(Schema.CATEGORIES, c -> names.put(c.id(), c.name()));
                return null;
            });
            Map<String, Long> expected = new HashMap<>();
            for (FormatTwoBooks.Row r : FormatTwoBooks.rows(user)) {
                if (!NOT_IN_FORMAT_THREE.contains(r.description())) {
                    expected.merge(key(YearMonth.from(r.date()), r.category(), r.kind(), r.currency()), r.minor(), Long::sum);
                }
            }
            Map<String, Long> stored = new HashMap<>();
            for (MonthlyTotal m : store.read(rd -> Schema.monthlyTotals(rd, KeyRange.prefix(userId)))) {
                stored.merge(key(m.month(), names.get(m.categoryId()), m.kind(), m.currency()), m.sum(), Long::sum);
            }
            assertEquals(expected, stored, user);
        }
    }

    @Test
    void theMigratedStoreTakesASplitTaggedTransactionAndFindsItByTag() {
        Session alice = login("alice");
        long userId = alice.userId();
        store.write(tx -> {
            Map<String, Long> ids = new HashMap<>();
            tx.forEach(Schema.CATEGORIES, c -> {
                if (c.userId() == userId && c.kind() == TxKind.EXPENSE) {
                    ids.put(c.name(), c.id());
                }
            });
            long account = tx.scan(Schema.ACCOUNTS_BY_NAME, KeyRange.prefix(userId, "main"), Paging.all()).rows().get(0).id();
            tx.insert(Schema.TRANSACTIONS, new Transaction(tx.nextId(Schema.TRANSACTIONS), userId, account, LocalDate.of(2026, 11, 28),
                    TxKind.EXPENSE, 0, new Money(5_430, EUR), "receipt", 0, "Supermarket", List.of("home", "Q4"), TxStatus.CLEARED,
                    List.of(new SplitLine(ids.get("Groceries"), new Money(4_000, EUR), "food"),
                            new SplitLine(ids.get("Shopping"), new Money(1_430, EUR), "soap"))));
            return null;
        });
        List<Transaction> tagged = store.read(rd -> rd.scan(Schema.TX_BY_TAG, KeyRange.prefix(userId, "q4"), Paging.all()).rows());
        assertEquals(1, tagged.size());
        assertEquals(List.of("home", "q4"), tagged.get(0).tags());
        assertTrue(store.check().ok(), () -> store.check().problems().toString());
    }

    private Session login(String user) {
        return fx.accounts.login(user, (user + "-fixture-pw3").toCharArray(), "cli");
    }

    private static String key(YearMonth month, String category, TxKind kind, Currency currency) {
        return month + " " + category + " " + kind + " " + currency.getCurrencyCode();
    }

}
