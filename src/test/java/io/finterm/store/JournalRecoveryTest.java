package io.finterm.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Category;
import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.testdata.LedgerGenerator;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What opening does with a journal whose end was torn, and with one that was damaged after it was
 * written: a torn append (never acknowledged) is cut off silently; a damaged record that something
 * shows was written whole (a record after it, its trailer, the tables, the clean-shutdown marker)
 * is refused with its offset, and {@code fsck --salvage} keeps what comes before it.
 */
class JournalRecoveryTest {
    @TempDir
    Path dir;
    Path journal;
    Snapshot committed;
    long committedSize;
    Category groceries;

    /** Ten commits, then a close that leaves no clean marker, as a crash would. */
    @BeforeEach
    void tenCommits() throws Exception {
        try (Store store = Store.open(dir)) {
            groceries = store.write(tx -> {
                var u = LedgerGenerator.insertUser(tx, "alice");
                return tx.insert(Schema.CATEGORIES, new Category(tx.nextId(Schema.CATEGORIES), u.id(), TxKind.EXPENSE, "Groceries"));
            });
            for (int i = 0; i < 9; i++) {
                add(store, 100 + i);
            }
            committed = Snapshot.of(store);
        }
        journal = dir.resolve(Store.JOURNAL);
        committedSize = Files.size(journal);
        Files.delete(dir.resolve(Store.CLEAN_MARKER));
    }

    private void add(Store store, int cents) {
        store.write(tx -> tx.insert(Schema.TRANSACTIONS, Transaction.entry(tx.nextId(Schema.TRANSACTIONS), groceries.userId(), groceries.userId(), LocalDate.of(2024, 1, 1), TxKind.EXPENSE, groceries.id(),
                new Money(cents, LedgerGenerator.EUR), "record " + cents)));
    }

    private void append(byte[] bytes) throws Exception {
        Files.write(journal, bytes, StandardOpenOption.APPEND);
    }

    /**
     * The bytes that {@code change} appends to the journal, as a crash mid-append would have left
     * them: the store is put back as it was (journal and tables), so nothing else knows of them.
     */
    private byte[] appendedBy(StoreWork change) throws Exception {
        byte[] before = Files.readAllBytes(journal);
        byte[] tables = Files.readAllBytes(dir.resolve(Store.TABLES));
        try (Store store = Store.open(dir)) {
            change.run(store);
        }
        byte[] after = Files.readAllBytes(journal);
        Files.write(journal, before);
        Files.write(dir.resolve(Store.TABLES), tables);
        Files.deleteIfExists(dir.resolve(Store.CLEAN_MARKER));
        return Arrays.copyOfRange(after, before.length, after.length);
    }

    interface StoreWork {
        void run(Store store) throws Exception;
    }

    /** A real record for an eleventh commit, as the bytes an append would write. */
    private byte[] eleventhRecord() throws Exception {
        return appendedBy(store -> store.write(tx -> tx.delete(Schema.TRANSACTIONS, 1)));
    }

    private void assertRecoveredSilently() {
        try (Store store = Store.open(dir)) {
            assertEquals(Store.Opened.REBUILT, store.opened());
            assertEquals(committed, Snapshot.of(store));
            assertTrue(store.check().ok());
        }
        assertEquals(committedSize, journal.toFile().length(), "the torn tail is cut off");
    }

    private StoreCorruptException assertRefusedAt(long offset, byte[] bytes) throws Exception {
        StoreCorruptException e = assertThrows(StoreCorruptException.class, () -> Store.open(dir));
        assertTrue(e.getMessage().contains("is damaged at byte " + offset + ": "), e.getMessage());
        assertTrue(e.getMessage().endsWith("with finterm fsck --salvage"), e.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(journal), "the journal is left as it was");
        return e;
    }

    @Test
    void aRecordWhoseHeaderWasCutShortIsDropped() throws Exception {
        append(Arrays.copyOf(eleventhRecord(), 7));
        assertRecoveredSilently();
    }

    @Test
    void aRecordWhosePayloadWasCutShortIsDropped() throws Exception {
        byte[] record = eleventhRecord();
        append(Arrays.copyOf(record, record.length - Journal.TRAILER - 3));
        assertRecoveredSilently();
    }

    @Test
    void aRecordWhoseTrailerWasCutShortIsDropped() throws Exception {
        byte[] record = eleventhRecord();
        append(Arrays.copyOf(record, record.length - 1));
        assertRecoveredSilently();
    }

    @Test
    void aWholeLengthOfRecordWithNoTrailerAndABadChecksumIsDropped() throws Exception {
        byte[] record = eleventhRecord();
        Arrays.fill(record, record.length - Journal.TRAILER - 5, record.length, (byte) 0); // the end never reached the disk
        append(record);
        assertRecoveredSilently();
    }

    @Test
    void zerosWhereTheLastRecordShouldBeAreDropped() throws Exception {
        append(new byte[4096]);
        assertRecoveredSilently();
    }

    @Test
    void partsOfACommitThatNeverFinishedAreDropped() throws Exception {
        try (Journal j = Journal.replay(Disk.DEFAULT, journal, Acknowledged.NOTHING, c -> { })) {
            for (int i = 0; i < 3; i++) {
                Commit part = new Commit(j.lastSeq() + 1, java.util.List.of(new Commit.RowChange(Schema.TRANSACTIONS, 1, null, null)),
                        java.util.Map.of(), true);
                RowWriter record = Journal.newRecord(64);
                part.writePayload(record);
                j.append(record, part.seq(), true);
            }
        }
        assertRecoveredSilently();
    }

    @Test
    void theFullRecordOfAnUnacknowledgedCommitIsKept() throws Exception {
        append(eleventhRecord());
        try (Store store = Store.open(dir)) {
            assertEquals(committed.transactions.size() - 1, Snapshot.of(store).transactions.size());
        }
    }

    // A damaged last record: the case that must never pass for a torn write.

    @Test
    void aDamagedLastRecordAfterACleanCloseIsRefusedAndSalvageDropsOnlyIt() throws Exception {
        try (Store store = Store.open(dir)) {
            assertEquals(Store.Opened.REBUILT, store.opened());
        }
        byte[] bytes = Files.readAllBytes(journal);
        long last = recordOffsets(bytes).get(9);
        bytes[(int) last + Journal.RECORD_HEADER + 3] ^= 0x10;
        Files.write(journal, bytes);

        StoreCorruptException e = assertRefusedAt(last, bytes);
        assertTrue(e.getMessage().contains("keep the 9 commits before the damage"), e.getMessage());
        assertRefusedAt(last, bytes); // and again, now that the marker is gone: the tables still know

        Salvage.Salvaged salvaged = Salvage.run(dir);
        assertEquals(1, salvaged.droppedRecords());
        assertEquals(last, salvaged.keptBytes());
        try (Store store = Store.open(dir)) {
            assertEquals(committed.transactions.size() - 1, Snapshot.of(store).transactions.size());
            assertTrue(store.check().ok());
        }
    }

    @Test
    void aLargeLastRecordDamagedAfterACleanCloseIsFoundByFsckAndRefusedOnceTheTablesAreRebuilt() throws Exception {
        String text = "x".repeat(190);
        try (Store store = Store.open(dir)) {
            store.write(tx -> {
                for (int i = 0; i < 25_000; i++) { // a record over the 4 MB whose checksum a clean open checks
                    tx.insert(Schema.TRANSACTIONS, Transaction.entry(tx.nextId(Schema.TRANSACTIONS), groceries.userId(), groceries.userId(),
                            LocalDate.of(2024, 3, 1), TxKind.EXPENSE, groceries.id(), new Money(1 + i, LedgerGenerator.EUR), text));
                }
                return null;
            });
        }
        byte[] bytes = Files.readAllBytes(journal);
        long last = recordOffsets(bytes).get(10);
        assertTrue(bytes.length - last > Journal.CHECKED_AT_OPEN);
        bytes[(int) last + 100_000] ^= 0x08;
        Files.write(journal, bytes);
        try (Store store = Store.open(dir)) {
            assertEquals(Store.Opened.CLEAN, store.opened(), "served from the tables, as after any clean close");
            assertTrue(store.check().problems().get(0).contains("is damaged at byte " + last), store.check().problems().toString());
            StoreCorruptException refused = assertThrows(StoreCorruptException.class, () -> add(store, 999));
            assertTrue(refused.getMessage().contains("nothing was saved"), refused.getMessage());
        }
        assertArrayEquals(bytes, Files.readAllBytes(journal), "nothing was appended after the damaged record");
        Files.delete(dir.resolve(Store.CLEAN_MARKER));
        assertRefusedAt(last, bytes);
    }

    @Test
    void aWholeRecordWhoseTrailerAloneIsDamagedIsRefusedEvenAtTheEndWithNoOtherEvidence() throws Exception {
        Files.delete(dir.resolve(Store.TABLES));
        byte[] bytes = Files.readAllBytes(journal);
        long last = recordOffsets(bytes).get(9);
        bytes[bytes.length - 3] ^= 0x01; // the trailer's length; the record's checksum still matches
        Files.write(journal, bytes);
        StoreCorruptException e = assertRefusedAt(last, bytes);
        assertTrue(e.getMessage().contains("a record's trailer does not match its header"), e.getMessage());
    }

    @Test
    void aRepairThatMeetsADamagedJournalIsRefusedAndTheStoreStillCloses() throws Exception {
        Store store = Store.open(dir);
        byte[] bytes = Files.readAllBytes(journal);
        long second = recordOffsets(bytes).get(1);
        try (var ch = java.nio.channels.FileChannel.open(journal, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(new byte[] {(byte) (bytes[(int) second + 20] ^ 1)}), second + 20);
        }
        StoreCorruptException e = assertThrows(StoreCorruptException.class, store::repair);
        assertTrue(e.getMessage().contains("is damaged at byte " + second), e.getMessage());
        assertThrows(StoreException.class, () -> add(store, 5), "a store whose tables are gone takes no change");
        store.close(); // no NullPointerException: the tables are already gone
        assertRefusedAt(second, Files.readAllBytes(journal));
    }

    @Test
    void aDamagedLastRecordAfterACrashIsRefusedWhenTheTablesHadAppliedIt() throws Exception {
        byte[] bytes = Files.readAllBytes(journal);
        long last = recordOffsets(bytes).get(9);
        bytes[(int) last + Journal.RECORD_HEADER + 3] ^= 0x10;
        Arrays.fill(bytes, bytes.length - Journal.TRAILER, bytes.length, (byte) 0); // no trailer to tell: only the tables
        Files.write(journal, bytes);
        assertRefusedAt(last, bytes);
    }

    @Test
    void aDamagedLastRecordWhoseTrailerShowsItWasWrittenWholeIsRefusedWithoutTheTables() throws Exception {
        Files.delete(dir.resolve(Store.TABLES));
        byte[] bytes = Files.readAllBytes(journal);
        long last = recordOffsets(bytes).get(9);
        bytes[(int) last + Journal.RECORD_HEADER + 3] ^= 0x10;
        Files.write(journal, bytes);
        assertRefusedAt(last, bytes);
    }

    @Test
    void aLastRecordWhoseLengthWasDamagedIsRefusedWhenItsTrailerEndsTheFile() throws Exception {
        Files.delete(dir.resolve(Store.TABLES));
        byte[] bytes = Files.readAllBytes(journal);
        long last = recordOffsets(bytes).get(9);
        bytes[(int) last] = 0x7F; // the length now runs far past the end of the file
        Files.write(journal, bytes);
        assertRefusedAt(last, bytes);
    }

    @Test
    void fsckFindsADamagedLastRecordOfAStoreThatIsOpen() throws Exception {
        try (Store store = Store.open(dir)) {
            assertTrue(store.check().ok());
            byte[] bytes = Files.readAllBytes(journal);
            long last = recordOffsets(bytes).get(9);
            try (var ch = java.nio.channels.FileChannel.open(journal, StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.wrap(new byte[] {(byte) (bytes[(int) last + 20] ^ 1)}), last + 20);
            }
            IntegrityReport report = store.check();
            assertEquals(1, report.problems().size(), report.problems().toString());
            assertTrue(report.problems().get(0).contains("is damaged at byte " + last), report.problems().get(0));
        }
    }

    // The same cases inside a large transaction that went to the journal in parts.

    private void commitInParts(Store store) throws Exception {
        StoreContract.withTinyHeap(() -> store.write(tx -> {
            for (int i = 0; i < 3_000; i++) {
                tx.insert(Schema.TRANSACTIONS, Transaction.entry(tx.nextId(Schema.TRANSACTIONS), groceries.userId(), groceries.userId(),
                        LocalDate.of(2024, 2, 1), TxKind.EXPENSE, groceries.id(), new Money(1 + i, LedgerGenerator.EUR), "part " + i));
                if (i % 1_000 == 999) {
                    tx.spill();
                }
            }
            return null;
        }));
    }

    @Test
    void aTornFinalRecordAfterItsPartsIsDroppedWithTheParts() throws Exception {
        byte[] appended = appendedBy(this::commitInParts);
        assertEquals(4, recordOffsets(appended, 0).size(), "three parts and the final record");
        append(Arrays.copyOf(appended, appended.length - Journal.TRAILER - 40));
        assertRecoveredSilently();
    }

    @Test
    void aDamagedFinalRecordAfterItsPartsIsRefusedAndSalvageDropsTheWholeTransaction() throws Exception {
        try (Store store = Store.open(dir)) {
            commitInParts(store); // acknowledged, and applied to the tables
        }
        Files.delete(dir.resolve(Store.CLEAN_MARKER));
        byte[] bytes = Files.readAllBytes(journal);
        List<Long> offsets = recordOffsets(bytes);
        long last = offsets.get(offsets.size() - 1);
        bytes[(int) last + Journal.RECORD_HEADER + 1] ^= 0x01; // its payload is short: every row went in the parts
        Files.write(journal, bytes);
        assertRefusedAt(last, bytes);

        Salvage.Salvaged salvaged = Salvage.run(dir);
        assertEquals(committedSize, salvaged.keptBytes(), "the ten commits before the parts");
        assertEquals(4, salvaged.droppedRecords());
        try (Store store = Store.open(dir)) {
            assertEquals(committed, Snapshot.of(store));
        }
    }

    @Test
    void aDamagedPartBeforeItsFinalRecordIsRefused() throws Exception {
        byte[] appended = appendedBy(this::commitInParts);
        append(appended);
        byte[] bytes = Files.readAllBytes(journal);
        long secondPart = recordOffsets(bytes).get(11);
        bytes[(int) secondPart + Journal.RECORD_HEADER + 9] ^= 0x04;
        Files.write(journal, bytes);
        assertRefusedAt(secondPart, bytes);
    }

    // Damage in the middle, as before.

    @Test
    void aDamagedRecordInTheMiddleIsRefusedAndNothingIsTouched() throws Exception {
        byte[] bytes = Files.readAllBytes(journal);
        long offset = recordOffsets(bytes).get(1);
        bytes[(int) offset + Journal.RECORD_HEADER + 2] ^= 0x01;
        Files.write(journal, bytes);
        StoreCorruptException e = assertThrows(StoreCorruptException.class, () -> Store.open(dir));
        assertEquals("the journal " + journal + " is damaged at byte " + offset + ": a record's checksum does not match."
                + " Nothing was changed. Restore the store from a backup (finterm restore), or keep the commit before"
                + " the damage with finterm fsck --salvage", e.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(journal));
    }

    @Test
    void salvagingADamagedJournalSetsItAsideAndKeepsEveryCommitBeforeTheDamage() throws Exception {
        byte[] bytes = Files.readAllBytes(journal);
        int third = recordOffsets(bytes).get(2).intValue();
        bytes[third + Journal.RECORD_HEADER + 2] ^= 0x01; // the third commit: the first two are kept
        Files.write(journal, bytes);

        Salvage.Salvaged salvaged = Salvage.run(dir);

        assertEquals(new Salvage.Salvaged(third, bytes.length - third, 8, dir.resolve("journal.log.damaged")), salvaged);
        assertArrayEquals(bytes, Files.readAllBytes(salvaged.setAside()));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(salvaged.setAside())));
        try (Store store = Store.open(dir)) {
            assertEquals(Store.Opened.REBUILT, store.opened());
            Snapshot kept = Snapshot.of(store);
            assertEquals(committed.users, kept.users);
            assertEquals(1, kept.transactions.size(), "the user and category, then the first transaction");
            assertTrue(store.check().ok());
        }
        assertEquals(null, Salvage.run(dir), "a sound journal is left alone");
    }

    @Test
    void aDamagedTrailerInTheMiddleIsRefusedLikeAnyOtherDamage() throws Exception {
        byte[] bytes = Files.readAllBytes(journal);
        List<Long> offsets = recordOffsets(bytes);
        long second = offsets.get(1);
        bytes[(int) (offsets.get(2) - 2)] ^= 0x01; // the last byte but one of the second record's trailer
        Files.write(journal, bytes);
        StoreCorruptException e = assertRefusedAt(second, bytes);
        assertTrue(e.getMessage().contains("a record's trailer does not match its header"), e.getMessage());
    }

    @Test
    void aDamagedLengthInTheMiddleIsRefusedRatherThanTakenForATornEnd() throws Exception {
        byte[] bytes = Files.readAllBytes(journal);
        long offset = recordOffsets(bytes).get(1);
        bytes[(int) offset] = 0x7F; // the length now runs far past the end of the file
        Files.write(journal, bytes);
        StoreCorruptException e = assertThrows(StoreCorruptException.class, () -> Store.open(dir));
        assertTrue(e.getMessage().contains("damaged at byte " + offset), e.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(journal));
    }

    @Test
    void aFileThatIsNotAJournalIsRefused() throws Exception {
        Files.write(journal, "hello, this is not a journal".getBytes());
        StoreCorruptException e = assertThrows(StoreCorruptException.class, () -> Store.open(dir));
        assertTrue(e.getMessage().contains("damaged at byte 0: this is not a finterm journal"), e.getMessage());
    }

    /** Where each record of a journal starts, read by its lengths. */
    static List<Long> recordOffsets(byte[] journal) {
        return recordOffsets(journal, Journal.HEADER);
    }

    private static List<Long> recordOffsets(byte[] bytes, int from) {
        List<Long> offsets = new ArrayList<>();
        for (long at = from; at + Journal.RECORD_HEADER <= bytes.length; ) {
            offsets.add(at);
            at += Journal.RECORD_HEADER + ByteBuffer.wrap(bytes).getInt((int) at) + Journal.TRAILER;
        }
        return offsets;
    }
}
