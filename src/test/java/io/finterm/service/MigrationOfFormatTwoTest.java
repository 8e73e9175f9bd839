package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.testdata.StoreFixtures;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store that the last finterm before accounts wrote ({@code stores/format2}, see its README)
 * migrates (through format 3) to format 4 with the accounts the README lists, and then reads exactly as it did:
 * balances, totals of several periods, budgets, rates, the SSH key and the logins, all worked out
 * from what it was made of.
 */
class MigrationOfFormatTwoTest {
    @TempDir
    Path temp;
    Store store;
    Accounts fx;

    @BeforeEach
    void openTheMigratedFixture() {
        store = Store.open(StoreFixtures.copyStore("format2", temp.resolve("store")));
        assertEquals(2, store.migration().from());
        assertEquals(io.finterm.store.StoreFormat.CURRENT, store.migration().to());
        fx = new Accounts.Restored(store).fixture();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyUserHasTheAccountsTheReadmeLists() {
        FormatTwoBooks.accountsAreTheReadmes(fx);
        assertEquals(3_105L, (long) store.read(rd -> rd.count(Schema.TRANSACTIONS)));
        assertTrue(store.check().ok(), () -> store.check().problems().toString());
    }

    @Test
    void balancesAreThoseOfTheRowsThatWerePutIn() throws Exception {
        FormatTwoBooks.balancesAreThoseOfTheRows(fx);
    }

    @Test
    void totalsOfSeveralPeriodsAreThoseOfTheRowsThatWerePutIn() throws Exception {
        FormatTwoBooks.totalsAreThoseOfTheRows(fx);
    }

    @Test
    void budgetsRatesTheKeyRolesAndLoginsAreAsTheyWere() {
        FormatTwoBooks.budgetsKeysRolesAndLoginsAreKept(fx);
        // hist-90d.xml: USD and GBP on 2026-11-18, -19 and -20.
        assertEquals(6L, (long) store.read(rd -> rd.count(Schema.RATES)));
        assertEquals(new BigDecimal("1.1300"), store.read(rd -> rd.findUnique(Schema.RATES_BY_DATE,
                LocalDate.of(2026, 11, 20).toEpochDay(), "USD")).orElseThrow().perEuro());
    }

    @Test
    void theMigratedStoreTakesNewWorkInItsAccounts() {
        Session alice = FormatTwoBooks.login(fx, "alice");
        fx.transfers.transfer(alice, new TransferEntry("Main", "Main (USD)", "100.00", "113.00", LocalDate.of(2026, 11, 21), "to dollars"));
        assertEquals("-100.00 EUR", fx.accountBook.get(alice, "Main", LocalDate.of(2026, 11, 21)).balance()
                .minus(fx.accountBook.get(alice, "Main", LocalDate.of(2026, 11, 20)).balance()).toString());
        assertTrue(store.check().ok(), () -> store.check().problems().toString());
    }
}
