package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import io.finterm.format.bank.ImportSource;
import io.finterm.store.Schema;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The import screen's preview: every row as it would be stored, in file order, with the totals in and
 * out, the likely duplicates marked (and booked when kept), and the bad rows by line; nothing is written.
 */
class ImportPreviewTest {
    /** A French bank's export, as {@code src/test/resources/bank/fr-banque.csv} has it: 2,450.00 in, 1,331.76 out. */
    private static final String FRENCH = """
            Date;Libellé;Montant;Devise;Référence
            28/11/2026;PRLV SEPA EDF;-89,40;EUR;REF2026112801
            25/11/2026;VIR SALAIRE SOCIETE EXEMPLE;2 450,00;EUR;REF2026112502
            19/11/2026;CB CARREFOUR 18/11;-1 234,56;EUR;REF2026111903
            05/11/2026;CB BOULANGERIE;-7,80;EUR;REF2026110504
            """;

    final Accounts fx = new Accounts();
    final Session alice = fx.alice();

    static ImportSource text(String name, String text) {
        return new ImportSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    private long stored() {
        return fx.store.read(rd -> rd.count(Schema.TRANSACTIONS));
    }

    private ImportPreview.Preview preview(String text, Set<Long> keep) {
        return fx.imports.preview(alice, text("releve.csv", text), new ImportService.Options(false, false, null, "releve.csv", null, keep));
    }

    @Test
    void aPreviewListsEveryRowAsItWouldBeStoredWithTheTotalsAndWritesNothing() {
        long before = stored();
        ImportPreview.Preview p = preview(FRENCH, Set.of());
        assertEquals(before, stored());
        assertTrue(p.importable());
        assertEquals(4, p.total());
        assertEquals(List.of(2L, 3L, 4L, 5L), p.rows().stream().map(ImportPreview.Row::line).toList());
        ImportPreview.Row salary = p.rows().get(1);
        assertEquals(LocalDate.of(2026, 11, 25), salary.date());
        assertEquals(TxKind.INCOME, salary.kind());
        assertEquals(Money.of(245_000, "EUR"), salary.amount());
        assertEquals("VIR SALAIRE SOCIETE EXEMPLE", salary.description());
        assertEquals("Uncategorized", salary.category());
        assertEquals("", salary.source());
        assertNull(salary.duplicateOf());
        assertEquals(List.of(Money.of(245_000, "EUR")), p.in());
        assertEquals(List.of(Money.of(8_940 + 123_456 + 780, "EUR")), p.out());
        assertEquals(4, p.uncategorized());
        assertTrue(p.detected().contains("format: bank CSV"), p.detected()::toString);
    }

    @Test
    void rowsTheAccountHasAreMarkedAsDuplicatesAndAKeptOneIsBooked() {
        fx.imports.importFile(alice, text("releve.csv", FRENCH), new ImportService.Options(false, false), n -> { });
        long before = stored();

        ImportPreview.Preview again = preview(FRENCH, Set.of());
        assertEquals(4, again.duplicates());
        assertTrue(again.rows().stream().allMatch(ImportPreview.Row::duplicate));
        assertTrue(again.rows().get(2).duplicateOf().startsWith("2026-11-19 1234.56 CB CARREFOUR 18/11, transaction "),
                again.rows().get(2).duplicateOf());
        assertEquals(List.of(), again.in());

        ImportPreview.Preview keeping = preview(FRENCH, Set.of(4L));
        assertEquals(3, keeping.duplicates());
        assertFalse(keeping.rows().get(2).duplicate());
        assertEquals(List.of(Money.of(123_456, "EUR")), keeping.out());

        ImportService.Result r = fx.imports.importFile(alice, text("releve.csv", FRENCH),
                new ImportService.Options(false, false, null, "releve.csv", null, Set.of(4L)), n -> { });
        assertEquals(1, r.summary().imported());
        assertEquals(3, r.summary().duplicates());
        assertEquals(before + 1, stored());
    }

    @Test
    void badRowsAreListedByLineAndTheRowsAfterThemAreStillShown() {
        String broken = FRENCH.replace("25/11/2026;VIR", "31/02/2026;VIR").replace("-7,80", "-7,8x");
        ImportPreview.Preview p = preview(broken, Set.of());
        assertFalse(p.importable());
        assertEquals(2, p.errorCount());
        assertEquals(2, p.errors().size());
        assertTrue(p.errors().get(0).startsWith("line 3: "), p.errors()::toString);
        assertTrue(p.errors().get(1).startsWith("line 5: "), p.errors()::toString);
        assertEquals(List.of(2L, 4L), p.rows().stream().map(ImportPreview.Row::line).toList());
    }
}
