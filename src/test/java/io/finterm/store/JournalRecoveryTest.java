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
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What opening does with a journal whose end was torn, and with one damaged in the middle. */
class JournalRecoveryTest {
    @TempDir
    Path dir;
    Path journal;
    Snapshot committed;
    long committedSize;

    /** Ten commits, then a close that leaves no clean marker, as a crash would. */
    @BeforeEach
    void tenCommits() throws Exception {
        try (Store store = Store.open(dir)) {
            Category groceries = store.write(tx -> {
                var u = tx.insert(Schema.USERS, LedgerGenerator.user(tx.nextId(Schema.USERS), "alice"));
                return tx.insert(Schema.CATEGORIES, new Category(tx.nextId(Schema.CATEGORIES), u.id(), TxKind.EXPENSE, "Groceries"));
            });
            for (int i = 0; i < 9; i++) {
                int cents = 100 + i;
                store.write(tx -> tx.insert(Schema.TRANSACTIONS, new Transaction(tx.nextId(Schema.TRANSACTIONS),
                        groceries.userId(), LocalDate.of(2024, 1, 1), TxKind.EXPENSE, groceries.id(),
                        new Money(cents, LedgerGenerator.EUR), "record " + cents)));
            }
            committed = Snapshot.of(store);
        }
        journal = dir.resolve(Store.JOURNAL);
        committedSize = Files.size(journal);
        Files.delete(dir.resolve(Store.CLEAN_MARKER));
    }

    private void append(byte[] bytes) throws Exception {
        Files.write(journal, bytes, StandardOpenOption.APPEND);
    }

    /** A real record for an eleventh commit, as the bytes an append would write. */
    private byte[] eleventhRecord() throws Exception {
        byte[] before = Files.readAllBytes(journal);
        try (Store store = Store.open(dir)) {
            store.write(tx -> tx.delete(Schema.TRANSACTIONS, 1));
        }
        byte[] after = Files.readAllBytes(journal);
        Files.write(journal, before);
        Files.deleteIfExists(dir.resolve(Store.CLEAN_MARKER));
        return Arrays.copyOfRange(after, before.length, after.length);
    }

    private void assertRecoveredSilently() {
        try (Store store = Store.open(dir)) {
            assertEquals(Store.Opened.REBUILT, store.opened());
            assertEquals(committed, Snapshot.of(store));
            assertTrue(store.check().ok());
        }
        assertEquals(committedSize, journal.toFile().length(), "the torn tail is cut off");
    }

    @Test
    void aRecordWhoseHeaderWasCutShortIsDropped() throws Exception {
        append(Arrays.copyOf(eleventhRecord(), 7));
        assertRecoveredSilently();
    }

    @Test
    void aRecordWhosePayloadWasCutShortIsDropped() throws Exception {
        byte[] record = eleventhRecord();
        append(Arrays.copyOf(record, record.length - 3));
        assertRecoveredSilently();
    }

    @Test
    void aLastRecordWithABadChecksumIsDropped() throws Exception {
        byte[] record = eleventhRecord();
        record[record.length - 1] ^= 0x40;
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
        try (Journal j = Journal.replay(Disk.DEFAULT, journal, c -> { })) {
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

    @Test
    void aDamagedRecordInTheMiddleIsRefusedAndNothingIsTouched() throws Exception {
        byte[] bytes = Files.readAllBytes(journal);
        long offset = secondRecordOffset(bytes);
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
        long offset = secondRecordOffset(bytes);
        int third = (int) (offset + Journal.RECORD_HEADER + ByteBuffer.wrap(bytes).getInt((int) offset));
        bytes[third + Journal.RECORD_HEADER + 2] ^= 0x01; // the third commit: the first two are kept
        Files.write(journal, bytes);

        Store.Salvaged salvaged = Store.salvage(dir);

        assertEquals(new Store.Salvaged(third, bytes.length - third, dir.resolve("journal.log.damaged")), salvaged);
        assertArrayEquals(bytes, Files.readAllBytes(salvaged.setAside()));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(salvaged.setAside())));
        try (Store store = Store.open(dir)) {
            assertEquals(Store.Opened.REBUILT, store.opened());
            Snapshot kept = Snapshot.of(store);
            assertEquals(committed.users, kept.users);
            assertEquals(1, kept.transactions.size(), "the user and category, then the first transaction");
            assertTrue(store.check().ok());
        }
        assertEquals(null, Store.salvage(dir), "a sound journal is left alone");
    }

    @Test
    void aDamagedLengthInTheMiddleIsRefusedRatherThanTakenForATornEnd() throws Exception {
        byte[] bytes = Files.readAllBytes(journal);
        long offset = secondRecordOffset(bytes);
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

    private static long secondRecordOffset(byte[] journal) {
        int firstLength = ByteBuffer.wrap(journal).getInt(Journal.HEADER);
        return Journal.HEADER + Journal.RECORD_HEADER + firstLength;
    }
}
