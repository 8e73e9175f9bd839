package io.finterm.format.bank;

import java.util.Locale;
import java.util.Set;

/**
 * A debit-or-credit indicator cell: {@code DR}/{@code CR}, {@code D}/{@code C}, {@code S}/{@code H}
 * (Soll/Haben), {@code Af}/{@code Bij}, {@code Debit}/{@code Credit} and their translations.
 */
final class Indicator {
    private static final Set<String> DEBIT = Set.of("d", "dr", "db", "dbit", "debit", "debet", "s", "soll", "af", "out", "cargo",
            "debe", "dbt", "withdrawal");
    private static final Set<String> CREDIT = Set.of("c", "cr", "crdt", "credit", "h", "haben", "bij", "in", "abono", "haber",
            "cdt", "deposit");

    private Indicator() {
    }

    /** -1 for a debit (money out), +1 for a credit (money in), 0 for neither. */
    static int of(String cell) {
        if (cell.length() > 12) {
            return 0;
        }
        String v = ColumnNames.normalize(cell.toLowerCase(Locale.ROOT));
        return DEBIT.contains(v) ? -1 : CREDIT.contains(v) ? 1 : 0;
    }
}
