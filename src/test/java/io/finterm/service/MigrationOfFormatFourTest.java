package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Money;
import io.finterm.domain.Origin;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxStatus;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.store.StoreFormat;
import io.finterm.testdata.StoreFixtures;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store that the last finterm before import batches wrote ({@code stores/format4}, see its README
 * and {@code make.sh}) migrates to format 5: every transaction arrives with no origin, there are no
 * imports, and the splits, payees, tags and the reconciled account read as the commands put them in.
 */
class MigrationOfFormatFourTest {
    private static final Currency EUR = Currency.getInstance("EUR");

    @TempDir
    Path temp;
    Store store;
    Accounts fx;

    @BeforeEach
    void openTheMigratedFixture() {
        store = Store.open(StoreFixtures.copyStore("format4", temp.resolve("store")));
        assertEquals(4, store.migration().from());
        assertEquals(StoreFormat.CURRENT, store.migration().to());
        fx = new Accounts.Restored(store).fixture();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<Transaction> all() {
        List<Transaction> all = new ArrayList<>();
        store.read(rd -> {
            rd.forEach(Schema.TRANSACTIONS, all::add);
            return null;
        });
        return all;
    }

    @Test
    void everyTransactionArrivesWithNoOriginAndThereAreNoImports() {
        List<Transaction> all = all();
        // the format-3 fixture's 3,108, and alice's split and her coffee in Rome
        assertEquals(3_110, all.size());
        all.forEach(t -> assertEquals(Origin.NONE, t.origin(), () -> "transaction " + t.id()));
        long imports = store.read(rd -> rd.count(Schema.IMPORTS));
        assertEquals(0, imports);
        assertTrue(store.check().ok(), () -> store.check().problems().toString());
    }

    @Test
    void theSplitThePayeesTheTagsAndTheReconciledCardReadAsTheCommandsPutThemIn() {
        Transaction shop = all().stream().filter(t -> t.description().equals("weekly shop")).findFirst().orElseThrow();
        assertEquals("Corner Market", shop.payee());
        assertEquals(List.of("household", "trip-rome"), shop.tags());
        assertEquals(List.of(4_160L, 2_250L), shop.lines().stream().map(l -> l.amount().minor()).toList());
        assertEquals(List.of("food", "soap"), shop.lines().stream().map(l -> l.memo()).toList());
        assertEquals(TxStatus.RECONCILED, shop.status());
        Transaction coffee = all().stream().filter(t -> t.payee().equals("Caffe Roma")).findFirst().orElseThrow();
        assertEquals(List.of("trip-rome"), coffee.tags());
        assertEquals(TxStatus.UNCLEARED, coffee.status());

        Session alice = fx.accounts.login("alice", "alice-fixture-pw4".toCharArray(), "cli");
        LocalDate day = LocalDate.of(2026, 12, 31);
        assertEquals(new Money(-12_000 + 12_000 - 2_340 - 6_410, EUR), fx.accountBook.get(alice, "Visa", day).balance());
        long reconciledOnVisa = all().stream().filter(t -> t.status() == TxStatus.RECONCILED).count();
        assertEquals(3, reconciledOnVisa, "the card bill's leg, the dinner and the split");
    }
}
