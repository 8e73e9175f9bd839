package io.finterm.domain;

import java.time.LocalDate;

/**
 * Where an imported transaction came from: the import that brought it in, the bank's own id for it,
 * the file's second date (value or posted date), and a fingerprint of the transaction as the import
 * booked it, so that taking the import back can tell which of its rows were changed since. A
 * transaction entered by hand has {@link #NONE}.
 *
 * @param importId    the {@link ImportBatch}, or 0
 * @param bankId      the bank's id (OFX FITID, camt AcctSvcrRef, a unique reference column), or {@code ""}
 * @param otherDate   the file's second date, or {@code null}
 * @param fingerprint {@link Transaction#fingerprint()} as imported, or 0 when there is no import
 */
public record Origin(long importId, String bankId, LocalDate otherDate, long fingerprint) {
    public static final Origin NONE = new Origin(0, "", null, 0);
    public static final int MAX_BANK_ID = 255;

    public Origin {
        if (importId < 0) {
            throw new ValidationException("import", "must not be negative");
        }
        bankId = Text.field("bank id", bankId, MAX_BANK_ID, false);
    }

    public boolean isNone() {
        return importId == 0 && bankId.isEmpty() && otherDate == null;
    }
}
