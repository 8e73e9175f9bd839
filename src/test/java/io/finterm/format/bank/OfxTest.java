package io.finterm.format.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.FintermException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfxTest {
    /** A minimal OFX 1 bank statement around the given transactions; the first STMTTRN is on line 13. */
    private static String sgml(String transactions) {
        return "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nENCODING:USASCII\nCHARSET:1252\n\n"
                + "<OFX>\n<BANKMSGSRSV1>\n<STMTTRNRS>\n<STMTRS>\n<CURDEF>EUR\n<BANKTRANLIST>\n"
                + transactions
                + "</BANKTRANLIST>\n</STMTRS>\n</STMTTRNRS>\n</BANKMSGSRSV1>\n</OFX>\n";
    }

    private static String message(String name, String text) {
        return assertThrows(FintermException.class, () -> Sources.lines(Ofx.open(Sources.text(name, text)))).getMessage();
    }

    @Test
    void anOfx1BankStatementInWindows1252IsReadWithItsAccentsDatesChecksAndTypes() {
        BankFile file = Ofx.open(Sources.sample("ofx1-bank.ofx"));
        assertEquals(List.of("format: OFX 1 (SGML), charset windows-1252", "statement: bank account ...5678, EUR, 2026-11-01 to 2026-11-28",
                "transactions: 10"), file.detected());
        Sources.Lines read = Sources.lines(file);
        assertEquals(List.of(), read.errors());
        assertEquals(10, read.rows().size());
        assertEquals(new BigDecimal("1742.11"), read.sum());
        BankRow first = read.rows().get(0);
        assertEquals(new BankRow(40, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 10, 31), new BigDecimal("-45.00"), "EUR", "Café du Marché",
                "CB 31/10 PARIS", "2026110200001", List.of(), List.of()), first);
        assertEquals("check 1234", read.rows().get(2).description());
        assertEquals("Boulangerie Lefèvre", read.rows().get(3).payee());
        assertEquals(LocalDate.of(2026, 11, 9), read.rows().get(4).date(), "a time zone does not move the date");
        assertEquals("Cours de piano, check 1235", read.rows().get(8).description());
        BankRow last = read.rows().get(9);
        assertEquals(LocalDate.of(2026, 11, 27), last.date());
        assertNull(last.otherDate(), "a DTUSER equal to DTPOSTED is no second date");
        assertEquals(List.of("DEP"), last.labels());
    }

    @Test
    void aQfxCreditCardStatementWithIntuitFieldsIsReadAndSaysItIsQfx() {
        BankFile file = Ofx.open(Sources.sample("qfx-card.qfx"));
        assertEquals(List.of("format: QFX (Quicken), OFX 1 (SGML), charset windows-1252",
                "statement: credit-card account ...9876, USD, 2026-11-01 to 2026-11-26", "transactions: 6"), file.detected());
        Sources.Lines read = Sources.lines(file);
        assertEquals(List.of(), read.errors());
        assertEquals(6, read.rows().size());
        assertEquals(new BigDecimal("360.52"), read.sum());
        assertEquals(LocalDate.of(2026, 11, 1), read.rows().get(0).date());
        assertEquals(LocalDate.of(2026, 11, 25), read.rows().get(5).date());
        BankRow coffee = read.rows().get(1);
        assertEquals("BLUE BEAN COFFEE", coffee.payee(), "a closed leaf reads like an open one");
        assertEquals("SEATTLE WA", coffee.description());
        BankRow abroad = read.rows().get(3);
        assertEquals(new BigDecimal("-89.99"), abroad.amount(), "ORIGCURRENCY converts nothing");
        assertEquals("USD", abroad.currency());
        assertEquals("2026111224692160004", abroad.bankId());
    }

    @Test
    void anOfx2XmlBankStatementIsReadWithPayeeAggregatesAndEntities() {
        BankFile file = Ofx.open(Sources.sample("ofx2-bank.ofx"));
        assertEquals(List.of("format: OFX 2 (XML, version 220)", "statement: bank account ...9012, USD, 2026-11-01 to 2026-11-27",
                "transactions: 5"), file.detected());
        Sources.Lines read = Sources.lines(file);
        assertEquals(List.of(), read.errors());
        assertEquals(5, read.rows().size());
        assertEquals(new BigDecimal("1377.52"), read.sum());
        assertEquals(LocalDate.of(2026, 11, 2), read.rows().get(0).date());
        assertEquals(LocalDate.of(2026, 11, 26), read.rows().get(4).date());
        BankRow rent = read.rows().get(2);
        assertEquals("Maple Street Rentals", rent.payee());
        assertEquals("check 2051", rent.description());
        assertEquals(LocalDate.of(2026, 11, 8), rent.otherDate());
        assertEquals("A3", rent.bankId());
        assertEquals("Lunch & Co", read.rows().get(3).payee());
    }

    @Test
    void aDoctypeInAnOfx2FileIsRefused() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE OFX [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS>"
                + "<BANKTRANLIST><STMTTRN><NAME>&e;</NAME></STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n";
        String message = message("evil.ofx", xml);
        assertTrue(message.startsWith("evil.ofx: line 2: the file has a DOCTYPE"), message);
    }

    @Test
    void anElementTextOverTheLimitIsRefused() {
        String huge = "x".repeat(70_000);
        String message = message("big.ofx", sgml("<STMTTRN>\n<NAME>" + huge + "\n</STMTTRN>\n"));
        assertEquals("big.ofx, line 14: the text of <NAME> is over 64 KiB", message);
        String xml = "<?xml version=\"1.0\"?>\n<OFX><NAME>" + huge + "</NAME></OFX>";
        assertEquals("big.ofx: line 2: the text of <NAME> is over 64 KiB, more than a bank statement ever holds; finterm refuses it",
                message("big.ofx", xml));
    }

    /** An OFX 2 file whose line 2 holds {@code before}, then {@code count} times {@code filler}, then {@code after}: made as it is read, never held whole. */
    private static ImportSource hugeXml(String before, char filler, int count, String after) {
        byte[] head = ("<?xml version=\"1.0\"?>\n" + before).getBytes(StandardCharsets.US_ASCII);
        byte[] tail = (after + "\n<BANKMSGSRSV1></BANKMSGSRSV1></OFX>\n").getBytes(StandardCharsets.US_ASCII);
        return new ImportSource() {
            @Override
            public String name() {
                return "big.ofx";
            }

            @Override
            public InputStream open() {
                return new InputStream() {
                    private long at;

                    @Override
                    public int read() {
                        long i = at++;
                        if (i < head.length) {
                            return head[(int) i];
                        }
                        i -= head.length;
                        if (i < count) {
                            return filler;
                        }
                        i -= count;
                        return i < tail.length ? tail[(int) i] : -1;
                    }
                };
            }
        };
    }

    @Test
    void aHugeAttributeTagOrCommentInAnOfx2FileIsRefusedBeforeItFillsTheMemory() {
        int size = 3 << 20; // three times the 1 MiB that one piece of markup may have
        String refused = "big.ofx: line 2: one tag, comment or declaration is over 1024 KiB, more than a bank statement ever holds; "
                + "finterm refuses the file";
        List<ImportSource> files = List.of(hugeXml("<OFX a=\"", 'x', size, "\">"), hugeXml("<OFX><X a=\"1\"", ' ', size, "/>"),
                hugeXml("<OFX><!--", 'x', size, "-->"), hugeXml("<OFX><?pi ", 'x', size, "?>"));
        for (ImportSource file : files) {
            assertEquals(refused, assertThrows(FintermException.class, () -> Sources.lines(Ofx.open(file))).getMessage());
        }
    }

    @Test
    void aTransactionWithItsOwnCurrencyIsInThatCurrencyAndOneWithAnOriginalCurrencyIsInTheStatements() {
        String text = sgml("<STMTTRN>\n<TRNTYPE>DEBIT\n<DTPOSTED>20261102\n<TRNAMT>-50.00\n<FITID>1\n<NAME>Hotel Boston\n"
                + "<CURRENCY>\n<CURRATE>0.92\n<CURSYM>USD\n</CURRENCY>\n</STMTTRN>\n"
                + "<STMTTRN>\n<TRNTYPE>DEBIT\n<DTPOSTED>20261103\n<TRNAMT>-46.00\n<FITID>2\n<NAME>Diner Boston\n"
                + "<ORIGCURRENCY>\n<CURRATE>0.92\n<CURSYM>USD\n</ORIGCURRENCY>\n</STMTTRN>\n"
                + "<STMTTRN>\n<TRNTYPE>DEBIT\n<DTPOSTED>20261104\n<TRNAMT>-3.00\n<FITID>3\n</STMTTRN>\n");
        Sources.Lines read = Sources.lines(Ofx.open(Sources.text("fx.ofx", text)));
        assertEquals(List.of(), read.errors());
        assertEquals(List.of("USD", "EUR", "EUR"), read.rows().stream().map(BankRow::currency).toList(),
                "CURRENCY: the amount is in USD; ORIGCURRENCY: the amount was converted into the statement's EUR; none: EUR");
        assertEquals(new BigDecimal("-50.00"), read.rows().get(0).amount(), "the amount is never converted");
    }

    @Test
    void aTransactionCurrencyThatIsNotACodeIsThatRowsError() {
        String text = sgml("<STMTTRN>\n<TRNTYPE>DEBIT\n<DTPOSTED>20261102\n<TRNAMT>-50.00\n<FITID>1\n"
                + "<CURRENCY>\n<CURRATE>0.92\n<CURSYM>US$\n</CURRENCY>\n</STMTTRN>\n");
        Sources.Lines read = Sources.lines(Ofx.open(Sources.text("fx.ofx", text)));
        assertEquals(List.of("line 20: CURSYM: \"US$\" is not a currency code (three letters, such as USD)"), read.errors());
        assertEquals(List.of(), read.rows());
    }

    @Test
    void anUnclosedAggregateIsRefusedWithItsLine() {
        String unclosed = sgml("<STMTTRN>\n<TRNTYPE>DEBIT\n<DTPOSTED>20261102\n<TRNAMT>-5.00\n<FITID>1\n").replace("</BANKTRANLIST>", "</BANKTRANLIST>");
        assertEquals("u.ofx, line 18: </BANKTRANLIST> where <STMTTRN> (line 13) must be closed first", message("u.ofx", unclosed));
        String cut = "OFXHEADER:100\n\n<OFX>\n<BANKMSGSRSV1>\n<STMTTRNRS>\n<STMTRS>\n";
        assertEquals("cut.ofx, line 6: <STMTRS> is never closed (the file ends first)", message("cut.ofx", cut));
    }

    @Test
    void aBadAmountIsThatRowsErrorWithItsLine() {
        String text = sgml("<STMTTRN>\n<TRNTYPE>DEBIT\n<DTPOSTED>20261102\n<TRNAMT>-4x.00\n<FITID>1\n</STMTTRN>\n"
                + "<STMTTRN>\n<TRNTYPE>DEBIT\n<DTPOSTED>20261131\n<TRNAMT>-5.00\n</STMTTRN>\n"
                + "<STMTTRN>\n<TRNTYPE>CREDIT\n<DTPOSTED>20261103\n<TRNAMT>7.25\n<FITID>3\n</STMTTRN>\n");
        Sources.Lines read = Sources.lines(Ofx.open(Sources.text("bad.ofx", text)));
        assertEquals(List.of("line 16: TRNAMT: \"-4x.00\" is not an amount (digits with a decimal point, and a sign if negative)",
                "line 21: DTPOSTED: \"20261131\" is not a date that exists", "line 19: FITID: missing (an OFX transaction always has one)"),
                read.errors());
        assertEquals(1, read.rows().size());
        assertEquals(new BigDecimal("7.25"), read.rows().get(0).amount());
    }

    @Test
    void aFileWithTheStatementsOfTwoAccountsIsRefusedNamingThemMasked() {
        String one = "<STMTTRNRS>\n<STMTRS>\n<CURDEF>EUR\n<BANKACCTFROM>\n<ACCTID>DE00111122223333\n</BANKACCTFROM>\n</STMTRS>\n</STMTTRNRS>\n";
        String text = "OFXHEADER:100\n\n<OFX>\n<BANKMSGSRSV1>\n" + one + one.replace("3333", "4444") + "</BANKMSGSRSV1>\n</OFX>\n";
        assertEquals("two.ofx has statements for 2 accounts (...3333, ...4444), and finterm imports one account at a time: "
                + "download each account's statement on its own", message("two.ofx", text));
    }

    @Test
    void aDecimalCommaUsedThroughoutIsRead() {
        String text = sgml("<STMTTRN>\n<TRNTYPE>DEBIT\n<DTPOSTED>20261102\n<TRNAMT>-1234,56\n<FITID>1\n</STMTTRN>\n");
        BankFile file = Ofx.open(Sources.text("comma.ofx", text));
        assertTrue(file.detected().contains("decimal mark: , (the file writes amounts with a decimal comma)"), file.detected().toString());
        assertEquals(new BigDecimal("-1234.56"), Sources.lines(file).rows().get(0).amount());
    }

    @Test
    void aFileThatIsNotOfxIsRefusedWithASentence() {
        assertEquals("x.ofx is not an OFX file: it starts with \"date,amount\", not OFXHEADER:100 or <?xml", message("x.ofx", "date,amount\n"));
    }

    @Test
    void bytesThatAreNotTheStatedCharsetAreRefused() {
        byte[] bad = sgml("<STMTTRN>\n<NAME>Caf\u00e9\n</STMTTRN>\n").replace("ENCODING:USASCII\nCHARSET:1252", "ENCODING:UTF-8\nCHARSET:NONE")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals("latin.ofx has bytes that are not UTF-8 text, which its header says it is written in",
                assertThrows(FintermException.class, () -> Ofx.open(Sources.bytes("latin.ofx", bad))).getMessage());
    }

    @Test
    void aggregatesNestedOver64DeepAreRefused() {
        String deep = "<A>\n".repeat(70);
        assertEquals("deep.ofx, line 67: elements nested over 64 deep", message("deep.ofx", "OFXHEADER:100\n\n<OFX>\n" + deep + "<B>1\n"));
    }

    @Test
    void anEmptyMemoLeftOpenBeforeTheNextFieldIsAnEmptyLeaf() {
        Sources.Lines read = Sources.lines(Ofx.open(Sources.text("m.ofx",
                sgml("<STMTTRN>\n<TRNTYPE>DEBIT\n<DTPOSTED>20261102\n<TRNAMT>-5.00\n<FITID>9\n<MEMO>\n<NAME>Kiosk\n</STMTTRN>\n"))));
        assertEquals(List.of(), read.errors());
        assertEquals("Kiosk", read.rows().get(0).payee());
        assertEquals("", read.rows().get(0).description());
    }
}
