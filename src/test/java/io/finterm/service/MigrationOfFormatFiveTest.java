package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.ImportBatch;
import io.finterm.domain.Transaction;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.store.StoreFormat;
import io.finterm.testdata.StoreFixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store that the last finterm before rules and import profiles wrote ({@code stores/format5}, see
 * its README and {@code make.sh}) migrates to format 6: there are no rules and no profiles, and the
 * imports, with their rows' origins, read as the commands put them in.
 */
class MigrationOfFormatFiveTest {
    @TempDir
    Path temp;
    Store store;

    @BeforeEach
    void openTheMigratedFixture() {
        store = Store.open(StoreFixtures.copyStore("format5", temp.resolve("store")));
        assertEquals(5, store.migration().from());
        assertEquals(StoreFormat.CURRENT, store.migration().to());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void thereAreNoRulesNorProfilesAndTheStoreChecksClean() {
        assertEquals(0L, (long) store.read(rd -> rd.count(Schema.RULES)));
        assertEquals(0L, (long) store.read(rd -> rd.count(Schema.PROFILES)));
        assertTrue(store.check().ok(), () -> store.check().problems().toString());
    }

    @Test
    void theImportsAndTheirRowsOriginsReadAsTheCommandsPutThemIn() {
        List<ImportBatch> imports = new ArrayList<>();
        List<Transaction> all = new ArrayList<>();
        store.read(rd -> {
            rd.forEach(Schema.IMPORTS, imports::add);
            rd.forEach(Schema.TRANSACTIONS, all::add);
            return null;
        });
        // three finterm CSV files, alice's two bank files, and bob's French file twice (the first taken back)
        assertEquals(7, imports.size());
        assertEquals(List.of("fr-banque.csv", "fr-banque.csv"),
                imports.stream().filter(b -> b.file().startsWith("fr-")).map(ImportBatch::file).toList());
        assertEquals(1, imports.stream().filter(ImportBatch::undone).count());
        // the format-4 fixture's 3,110, then 6 + 10 + 4 bank rows
        assertEquals(3_130, all.size());
        ImportBatch ofx = imports.stream().filter(b -> b.file().equals("ofx1-bank.ofx")).findFirst().orElseThrow();
        List<Transaction> fromOfx = all.stream().filter(t -> t.origin().importId() == ofx.id()).toList();
        assertEquals(10, fromOfx.size());
        fromOfx.forEach(t -> assertTrue(!t.origin().bankId().isEmpty(), () -> "an OFX row has its FITID: " + t));
        ImportBatch french = imports.stream().filter(b -> b.file().startsWith("fr-") && !b.undone()).findFirst().orElseThrow();
        assertEquals(List.of("REF2026110504", "REF2026111903", "REF2026112502", "REF2026112801"),
                all.stream().filter(t -> t.origin().importId() == french.id()).map(t -> t.origin().bankId()).sorted().toList());
    }
}
