package io.finterm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.finterm.domain.ImportBatch;
import io.finterm.domain.Money;
import io.finterm.domain.Origin;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Format 5's additions read back as written, and a row without them is a byte for byte format-4 row. */
class TransactionOriginCodecTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private final Transaction plain = Transaction.entry(9, 1, 2, LocalDate.of(2026, 11, 28), TxKind.EXPENSE, 3,
            new Money(4_550, EUR), "coffee");

    private static byte[] encode(Transaction t) {
        RowWriter w = new RowWriter();
        Codecs.TRANSACTION.write(t, w);
        return w.toByteArray();
    }

    @Test
    void anImportedTransactionKeepsItsImportBankIdSecondDateAndFingerprint() {
        Transaction imported = plain.withOrigin(new Origin(7, "FITID-0042", LocalDate.of(2026, 11, 30), plain.fingerprint()));
        assertEquals(imported, Codecs.TRANSACTION.decode(9, encode(imported)));
        Transaction noSecondDate = plain.withOrigin(new Origin(7, "", null, -1L));
        assertEquals(noSecondDate, Codecs.TRANSACTION.decode(9, encode(noSecondDate)));
    }

    @Test
    void aTransactionWithNoOriginIsStoredAsFormatFourStoredIt() {
        // format 4: the row, then one flags byte (uncleared, nothing follows)
        byte[] bytes = encode(plain);
        assertEquals(0, bytes[bytes.length - 1]);
        assertEquals(plain, Codecs.TRANSACTION.decode(9, bytes));
    }

    @Test
    void anImportBatchReadsBackAsWrittenUndoneOrNot() {
        ImportBatch batch = new ImportBatch(4, 1, Instant.parse("2026-11-29T10:00:00Z"), "statement.csv", 2, 44, 3, null);
        RowWriter w = new RowWriter();
        Codecs.IMPORT_BATCH.write(batch, w);
        assertEquals(batch, Codecs.IMPORT_BATCH.decode(4, w.toByteArray()));
        ImportBatch relying = new ImportBatch(5, 1, Instant.parse("2026-11-29T10:05:00Z"), "next.csv", 2, 3, 7, null, java.util.List.of(2L, 4L));
        w = new RowWriter();
        Codecs.IMPORT_BATCH.write(relying, w);
        assertEquals(relying, Codecs.IMPORT_BATCH.decode(5, w.toByteArray()));
        ImportBatch undone = batch.undoneAt(Instant.parse("2026-11-29T11:00:00Z"));
        w = new RowWriter();
        Codecs.IMPORT_BATCH.write(undone, w);
        assertEquals(undone, Codecs.IMPORT_BATCH.decode(4, w.toByteArray()));
    }

    @Test
    void theFingerprintChangesWithEveryFieldAPersonCanChangeAndNotWithTheOrigin() {
        long f = plain.fingerprint();
        assertEquals(f, plain.withOrigin(new Origin(3, "x", null, 5)).fingerprint());
        assertNotEquals(f, plain.withStatus(io.finterm.domain.TxStatus.CLEARED).fingerprint());
        assertNotEquals(f, plain.withCategory(4).fingerprint());
        assertNotEquals(f, plain.withPayeeAndTags("Cafe", java.util.List.of()).fingerprint());
        assertNotEquals(f, Transaction.entry(9, 1, 2, LocalDate.of(2026, 11, 28), TxKind.EXPENSE, 3, new Money(4_551, EUR), "coffee")
                .fingerprint());
        assertNotEquals(f, Transaction.entry(9, 1, 2, LocalDate.of(2026, 11, 28), TxKind.EXPENSE, 3, new Money(4_550, EUR), "coffees")
                .fingerprint());
    }
}
