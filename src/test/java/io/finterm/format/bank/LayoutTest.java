package io.finterm.format.bank;

import static io.finterm.format.bank.Sources.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A bank file's layout as explicit options ({@link BankFile#layout}): opening the file again with
 * them reads exactly the same rows and errors, for every sample CSV and QIF file, and for the cases
 * detection settles by values (debit and credit, an indicator, a payer and a recipient).
 */
class LayoutTest {
    private static CsvOptions only(String dateFormat, Character decimal) {
        return new CsvOptions(null, null, null, dateFormat, decimal, Map.of(), null, null, false);
    }

    /** The options each sample needs to be read at all: the ambiguous ones are refused without them. */
    private static CsvOptions given(String name) {
        return switch (name) {
            case "ambiguous-dates.csv" -> only("dd/MM/yyyy", null);
            case "ambiguous-decimal.csv" -> only(null, ',');
            case "qif-ambiguous.qif" -> only("MM/dd/yyyy", null);
            default -> CsvOptions.NONE;
        };
    }

    /** Reads {@code source} as detected, then again with the layout it gave; both reads must be the same. */
    private static Layout sameRowsAgain(FileKind kind, ImportSource source, CsvOptions options) {
        BankFile first = BankFiles.open(kind, source, options);
        Sources.Lines before = Sources.lines(first);
        Layout layout = first.layout().orElseThrow();
        Sources.Lines again = Sources.lines(BankFiles.open(kind, source, layout.options()));
        assertEquals(before.rows(), again.rows(), source.name());
        assertEquals(before.errors(), again.errors(), source.name());
        assertEquals(layout, BankFiles.open(kind, source, layout.options()).layout().orElseThrow(), source.name() + ": the layout is stable");
        return layout;
    }

    private static List<String> samples(String ending) throws IOException, URISyntaxException {
        Path dir = Path.of(LayoutTest.class.getResource("/bank/").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(ending)).sorted().toList();
        }
    }

    @Test
    void everySampleCsvReadAgainWithTheLayoutItGaveGivesTheSameRows() throws Exception {
        List<String> names = samples(".csv");
        assertTrue(names.size() >= 12, names::toString);
        for (String name : names) {
            Layout layout = sameRowsAgain(FileKind.BANK_CSV, sample(name), given(name));
            assertEquals(Layout.CSV, layout.format());
            CsvOptions o = layout.options();
            assertTrue(o.delimiter() != null && o.encoding() != null && o.skip() != null && o.dateFormat() != null && o.decimal() != null,
                    name + ": every option is explicit: " + o);
            assertTrue(o.map().containsKey("date"), name);
            assertTrue(o.map().containsKey("amount") || o.map().containsKey("debit") && o.map().containsKey("credit"), name);
            assertFalse(layout.header().isEmpty(), name);
        }
    }

    @Test
    void everySampleQifGivesItsDateOrderAndDecimalMarkAndReadsTheSameWithThem() throws Exception {
        for (String name : samples(".qif")) {
            Layout layout = sameRowsAgain(FileKind.QIF, sample(name), given(name));
            assertEquals(Layout.QIF, layout.format());
            assertEquals(List.of(), layout.header());
            assertEquals(Map.of(), layout.options().map());
            assertTrue(layout.options().decimal() != null, name);
        }
        CsvOptions qif = BankFiles.open(FileKind.QIF, sample("qif-ambiguous.qif"), only("dd/MM/yyyy", null)).layout().orElseThrow().options();
        assertEquals("dd/MM/yyyy", qif.dateFormat());
    }

    @Test
    void anIndicatorColumnAndTheBanksLabelsAndTheBalanceAreEachARoleOfTheLayout() {
        CsvOptions o = sameRowsAgain(FileKind.BANK_CSV, sample("de-soll-haben.csv"), CsvOptions.NONE).options();
        assertEquals(';', o.delimiter());
        assertEquals(',', o.decimal());
        assertEquals("dd.MM.yyyy", o.dateFormat());
        assertEquals(0, o.skip());
        assertEquals(Map.of("date", List.of("Buchungsdatum"), "payee", List.of("Empfänger"), "description", List.of("Verwendungszweck"),
                "category", List.of("Kategorie"), "amount", List.of("Betrag"), "indicator", List.of("S/H"), "balance", List.of("Saldo")), o.map());
    }

    @Test
    void debitAndCreditColumnsAreRolesOfTheMapAndTheCardNumberIsLeftOut() {
        Layout layout = sameRowsAgain(FileKind.BANK_CSV, sample("us-card.csv"), CsvOptions.NONE);
        assertEquals(Map.of("date", List.of("Transaction Date"), "other-date", List.of("Posted Date"), "description", List.of("Description"),
                "category", List.of("Category"), "debit", List.of("Debit"), "credit", List.of("Credit")), layout.options().map());
        assertEquals("MM/dd/yyyy", layout.options().dateFormat());
        assertEquals(List.of("Transaction Date", "Posted Date", "Card No.", "Description", "Category", "Debit", "Credit"), layout.header());
    }

    @Test
    void titleLinesBeforeTheHeaderAreTheSkipAndAWindowsEncodingIsNamed() {
        CsvOptions o = sameRowsAgain(FileKind.BANK_CSV, sample("de-sparkasse.csv"), CsvOptions.NONE).options();
        assertEquals(2, o.skip());
        assertEquals("windows-1252", o.encoding().name());
        assertEquals("dd.MM.yy", o.dateFormat());
    }

    @Test
    void aPayerAndARecipientColumnStayTwoSidesChosenByEachRowsSign() {
        ImportSource dkb = Sources.text("dkb.csv", "Buchungsdatum;Wertstellung;Zahlungspflichtige*r;Zahlungsempfänger*in;Verwendungszweck;Betrag (€)\n"
                + "28.11.26;28.11.26;Erika Example;Bäckerei Korn;Brötchen;-3,80\n"
                + "27.11.26;27.11.26;Arbeitgeber GmbH;Erika Example;Gehalt;2.000,00\n");
        Layout layout = sameRowsAgain(FileKind.BANK_CSV, dkb, CsvOptions.NONE);
        assertEquals(List.of("Zahlungspflichtige*r"), layout.options().map().get("payer"));
        assertEquals(List.of("Zahlungsempfänger*in"), layout.options().map().get("recipient"));
        assertFalse(layout.options().map().containsKey("payee"));
        List<BankRow> rows = Sources.lines(BankFiles.open(FileKind.BANK_CSV, dkb, layout.options())).rows();
        assertEquals("Bäckerei Korn", rows.get(0).payee());
        assertEquals("Arbeitgeber GmbH", rows.get(1).payee());
    }

    @Test
    void aPayeeColumnGivenBesideAPayerOrRecipientIsRefusedSayingWhichToGive() {
        ImportSource dkb = Sources.text("dkb.csv", "Datum;Zahlungspflichtige*r;Zahlungsempfänger*in;Betrag\n28.11.26;Erika;Bäckerei;-3,80\n");
        CsvOptions both = new CsvOptions(null, null, null, null, null, Map.of("payee", List.of("Zahlungspflichtige*r"),
                "recipient", List.of("Zahlungsempfänger*in")), null, null, false);
        io.finterm.domain.FintermException e = org.junit.jupiter.api.Assertions.assertThrows(io.finterm.domain.FintermException.class,
                () -> BankFiles.open(FileKind.BANK_CSV, dkb, both));
        assertEquals("--map: payee does not go with payer or recipient: name either the payee's columns, or the payer's and the"
                + " recipient's column (each row's sign picks one of them)", e.getMessage());
    }

    @Test
    void aRepeatedHeaderNameIsGivenByTheColumnsNumberSoThatItFindsTheSameColumn() {
        ImportSource twice = Sources.text("Date,Text,Text,Amount\n2026-11-28,Card,Bakery,-3.80\n2026-11-27,Transfer,Salary,2000.00\n");
        Layout layout = sameRowsAgain(FileKind.BANK_CSV, twice, CsvOptions.NONE);
        assertEquals(List.of("Text", "3"), layout.options().map().get("description"));
    }

    @Test
    void aFileWithRowErrorsGivesTheSameErrorsAgainAndNegateIsKept() {
        ImportSource bad = Sources.text("Date,Payee,Amount\n2026-11-28,Bakery,-3.80\n2026-02-31,Nowhere,1.00\n2026-11-26,Shop,x\n");
        CsvOptions negate = new CsvOptions(null, null, null, null, null, Map.of(), null, null, true);
        Layout layout = sameRowsAgain(FileKind.BANK_CSV, bad, negate);
        assertTrue(layout.options().negate());
        assertEquals(2, Sources.lines(BankFiles.open(FileKind.BANK_CSV, bad, layout.options())).errors().size());
    }

    @Test
    void anOtherDateWrittenOtherwiseThanTheDateIsReadTheSameAgain() {
        ImportSource two = Sources.text("Date,Value Date,Payee,Amount\n2026-11-28,28.11.2026,Bakery,-3.80\n2026-11-20,21.11.2026,Shop,-1.00\n");
        sameRowsAgain(FileKind.BANK_CSV, two, CsvOptions.NONE);
    }

    @Test
    void anOfxFileStatesItsOwnLayoutAndGivesNone() {
        assertTrue(BankFiles.open(FileKind.OFX, sample("ofx1-bank.ofx"), CsvOptions.NONE).layout().isEmpty());
    }
}
