package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.FintermException;
import io.finterm.domain.Transaction;
import io.finterm.format.bank.CsvOptions;
import io.finterm.format.bank.ImportSource;
import io.finterm.store.Schema;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every committed sample export ({@code src/test/resources/bank/}, each described in its reader's
 * test) imports through the whole import path with no options at all: the count, the sum and the
 * first and last date are the ones worked out by hand from the file; and importing it again adds
 * nothing. The samples in dollars go into an account in dollars.
 */
class BankSamplesImportTest {
    final Accounts fx = new Accounts();
    final Session alice = fx.alice();

    static ImportSource sample(String name) throws Exception {
        Path p = Path.of(BankSamplesImportTest.class.getResource("/bank/" + name).toURI());
        return new ImportSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() throws java.io.IOException {
                return Files.newInputStream(p);
            }
        };
    }

    private List<Transaction> stored() {
        List<Transaction> all = new ArrayList<>();
        fx.store.read(rd -> {
            rd.forEach(Schema.TRANSACTIONS, t -> {
                if (t.userId() == alice.userId()) {
                    all.add(t);
                }
            });
            return null;
        });
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ofx1-bank.ofx, EUR, 10, 1742.11, 2026-11-02, 2026-11-27",
        "qfx-card.qfx, USD, 6, 360.52, 2026-11-01, 2026-11-25",
        "ofx2-bank.ofx, USD, 5, 1377.52, 2026-11-02, 2026-11-26",
        "qif-bank.qif, EUR, 7, 473.89, 2026-10-01, 2026-11-28",
        "qif-card.qif, EUR, 5, -92.89, 2026-11-03, 2026-11-27",
        "de-sparkasse.csv, EUR, 6, 908.97, 2026-11-02, 2026-11-28",
        "de-soll-haben.csv, EUR, 3, 1496.20, , ",
        "uk-bank.csv, GBP, 5, -442.70, 2026-11-03, 2026-11-28",
        "us-card.csv, USD, 4, -849.84, 2026-11-03, 2026-11-27",
        "us-checking.csv, USD, 5, 2342.82, , ",
        "fr-banque.csv, EUR, 4, 1118.24, , ",
        "nl-bank.csv, EUR, 4, 1664.25, , ",
        "au-crdr.csv, AUD, 3, 3054.70, , ",
        "tab-bank.csv, EUR, 3, -147.09, , ",
        "pipe-bank.csv, CHF, 3, 1100.25, , ",
        "es-banco.csv, EUR, 3, 92.31, , ",
        "camt053-de-v02.xml, EUR, 12, 976.46, 2026-11-02, 2026-11-28",
        "camt053-ch-v08.xml, CHF, 5, 4666.50, 2026-12-01, 2026-12-03",
    })
    void eachSampleImportsWithNoOptionsAndAgainAddsNothing(String file, String currency, int rows, String sum, String first, String last)
            throws Exception {
        String account = currency.equals("EUR") ? null : "Card " + currency;
        if (account != null) {
            fx.accountBook.add(alice, new NewAccount(account, null, java.util.Currency.getInstance(currency), null, null, true));
        }
        ImportService.Options options = new ImportService.Options(false, false, account, file, CsvOptions.NONE);
        ImportService.Result r = fx.imports.importFile(alice, sample(file), options, n -> { });
        assertEquals(rows, r.summary().imported(), file);
        if (first != null) { // the dates of the samples whose reader's test states them
            assertEquals(LocalDate.parse(first), r.first());
            assertEquals(LocalDate.parse(last), r.last());
        }
        List<Transaction> all = stored();
        assertEquals(rows, all.size());
        BigDecimal total = all.stream().map(t -> BigDecimal.valueOf(t.signedMinor(), 2)).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(new BigDecimal(sum), total, file);
        assertEquals(rows, r.uncategorized());

        ImportService.Result again = fx.imports.importFile(alice, sample(file), options, n -> { });
        assertEquals(0, again.summary().imported(), file + " again: " + again.likelyDuplicates());
        assertEquals(rows, again.summary().duplicates());
        assertEquals(rows, stored().size());
        assertTrue(fx.store.check().ok());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "qif-ambiguous.qif|the dates fit both dd/MM/yyyy and MM/dd/yyyy: add --date-format dd/MM/yyyy or --date-format MM/dd/yyyy",
        "ambiguous-dates.csv|the dates fit both dd/MM/yyyy and MM/dd/yyyy: add --date-format dd/MM/yyyy or --date-format MM/dd/yyyy",
        "ambiguous-decimal.csv|every amount looks like 1.000 (such as '1.000'), which reads as one thousand or as one: add --decimal , or --decimal .",
    })
    void anAmbiguousSampleIsRefusedNamingTheOptionAndReadWithIt(String file, String message) throws Exception {
        FintermException e = assertThrows(FintermException.class,
                () -> fx.imports.importFile(alice, sample(file), new ImportService.Options(false, false), n -> { }));
        assertEquals(message, e.getMessage());
        assertEquals(List.of(), stored());
        String option = message.substring(message.indexOf("add --") + 4).split(" or ")[0];
        String value = option.substring(option.indexOf(' ') + 1);
        CsvOptions decided = option.startsWith("--date-format") ? new CsvOptions(null, null, null, value, null, Map.of(), null, null, false)
                : new CsvOptions(null, null, null, null, value.charAt(0), Map.of(), null, null, false);
        ImportService.Result r = fx.imports.importFile(alice, sample(file), new ImportService.Options(false, false, null, file, decided),
                n -> { });
        assertTrue(r.summary().imported() > 0);
    }
}
