package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Transaction;
import io.finterm.store.Schema;
import io.finterm.testdata.BankStatementGenerator;
import io.finterm.testdata.BankStatementGenerator.Line;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The measure, end to end: after ten months of history, two months of a generated bank's CSV
 * (German layout, detected with no options) go in through the import itself, and few rows stay
 * uncategorized. The thresholds are those of {@link SuggestionsOnGeneratedDataTest}, whose comment
 * derives them from the generator: the import must reach what the suggester reaches alone.
 */
class ImportAfterHistoryTest {
    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Test
    void twoMonthsOfABankFileAfterTenMonthsOfHistoryLeaveFewRowsUncategorized() {
        long imported = 0;
        long uncategorized = 0;
        long fromHistory = 0;
        long right = 0;
        for (long household = 1; household <= 5; household++) {
            BankStatementGenerator generator = new BankStatementGenerator(household);
            Accounts fx = SuggestionsOnGeneratedDataTest.trained(household, generator.months(YearMonth.of(2025, 1), 10));
            List<Line> heldBack = generator.months(YearMonth.of(2025, 11), 2);
            ImportService.Result r = fx.imports.importFile(fx.alice(), ImportPreviewTest.text("umsaetze.csv", csv(heldBack)),
                    new ImportService.Options(false, false), n -> { });
            assertEquals(heldBack.size(), r.summary().imported(), "every row is new");
            assertEquals(r.summary().imported(), r.byRule() + r.fromHistory() + r.uncategorized());
            imported += r.summary().imported();
            uncategorized += r.uncategorized();
            fromHistory += r.fromHistory();
            right += rightlyFiled(fx, r.importId(), heldBack);
        }
        System.out.printf(Locale.ROOT, "import after ten months of history: %d rows, %d categorised from history (%d right), "
                + "%d uncategorized (%.1f %%)%n", imported, fromHistory, right, uncategorized, 100.0 * uncategorized / imported);
        assertTrue(uncategorized * 100 <= 10 * imported, uncategorized + " of " + imported + " uncategorized");
        assertTrue(right * 100 >= 85 * imported, right + " of " + imported + " in the category the person would give");
    }

    /** How many of the import's rows (booked in file order) are in the category the generator meant for them. */
    private static long rightlyFiled(Accounts fx, long importId, List<Line> lines) {
        Map<Long, String> names = new HashMap<>();
        fx.categories.list(fx.alice()).forEach(c -> names.put(c.id(), c.kind().label() + ":" + c.name()));
        List<Transaction> booked = fx.store.read(rd -> {
            List<Transaction> rows = new ArrayList<>();
            rd.forEach(Schema.TRANSACTIONS, t -> {
                if (t.origin().importId() == importId) {
                    rows.add(t);
                }
            });
            return rows;
        });
        booked.sort(java.util.Comparator.comparingLong(Transaction::id));
        long right = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            String stored = names.get(booked.get(i).categoryId());
            if (stored.equals(l.kind().label() + ":" + l.category())) {
                right++;
            }
        }
        return right;
    }

    /** The lines as a German bank writes them: semicolons, quoted texts, day.month.year, a decimal comma. */
    static String csv(List<Line> lines) {
        StringBuilder sb = new StringBuilder("Buchungstag;Empfänger;Verwendungszweck;Betrag\n");
        for (Line l : lines) {
            BigDecimal amount = BigDecimal.valueOf(l.kind().isInflow() ? l.minor() : -l.minor(), 2);
            sb.append(l.date().format(GERMAN)).append(';').append(quoted(l.payee())).append(';').append(quoted(l.description()))
                    .append(';').append(amount.toPlainString().replace('.', ',')).append('\n');
        }
        return sb.toString();
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
