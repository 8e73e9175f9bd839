package io.finterm.format.bank;

import static io.finterm.format.bank.Camt053Test.entries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.FintermException;
import io.finterm.format.bank.CamtSources.Read;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken camt files: refused with a sentence while being read, or an error of the entry's line. */
class Camt053LimitsTest {
    private static final String ONE = """
            <Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-11-02</Dt></BookgDt></Ntry>""";

    private static String refusal(ImportSource source, XmlGuard.Limits limits) {
        return assertThrows(FintermException.class, () -> Read.of(Camt053.open(source, limits))).getMessage();
    }

    private static String refusal(String xml) {
        return refusal(CamtSources.text("s.xml", xml), XmlGuard.Limits.DEFAULT);
    }

    private static List<String> errors(String ntries) {
        Read read = Read.of(Camt053.open(CamtSources.text("s.xml", entries(ntries, "02"))));
        assertEquals(List.of(), read.rows(), "an entry with an error gives no row");
        return read.errors();
    }

    @Test
    void aTextOverSixtyFourKibIsRefusedWhileItIsRead() {
        String ustrd = "x".repeat((64 << 10) + 1);
        String message = refusal(entries("<Ntry>\n<AddtlNtryInf>" + ustrd + "</AddtlNtryInf>\n</Ntry>", "02"));
        assertEquals("s.xml: line 7: the text of <AddtlNtryInf> is over 64 KiB, more than a bank statement ever holds; finterm refuses it",
                message);
    }

    @Test
    void aTextOfExactlySixtyFourKibIsRead() {
        String text = "y".repeat(64 << 10);
        Read read = Read.of(Camt053.open(CamtSources.text("s.xml", entries(ONE.replace("</Ntry>",
                "<AddtlNtryInf>" + text + "</AddtlNtryInf></Ntry>"), "02"))));
        assertEquals(text, read.rows().get(0).description());
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        String deep = "<a>".repeat(70) + "</a>".repeat(70);
        assertEquals("s.xml: line 6: the elements nest over 64 deep, deeper than any bank statement; finterm refuses the file",
                refusal(entries("<Ntry>" + deep + "</Ntry>", "02")));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithoutReadingTheRest() {
        String xml = entries(ONE, "02");
        byte[] head = xml.substring(0, xml.indexOf("</Stmt>")).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] filler = "<AddtlStmtInf>Seite</AddtlStmtInf>\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long[] served = new long[1];
        ImportSource endless = new ImportSource() { // a file that never ends: the limit must stop it
            @Override
            public String name() {
                return "big.xml";
            }

            @Override
            public InputStream open() {
                return new InputStream() {
                    @Override
                    public int read() {
                        long i = served[0]++;
                        return i < head.length ? head[(int) i] : filler[(int) ((i - head.length) % filler.length)];
                    }
                };
            }
        };
        String message = refusal(endless, new XmlGuard.Limits(1 << 20, 64, 64 << 10, 100));
        assertEquals("big.xml is over 1 MiB, larger than any bank statement; finterm refuses it (ask the bank for a shorter period)", message);
        assertTrue(served[0] < 2 << 20, "read " + served[0] + " bytes");
    }

    @Test
    void moreEntriesThanTheLimitAreRefused() {
        String message = refusal(CamtSources.text("s.xml", entries((ONE + "\n").repeat(4), "02")), new XmlGuard.Limits(1 << 20, 64, 64 << 10, 3));
        assertEquals("s.xml: line 9: the file holds over 3 entries; finterm refuses it (ask the bank for a shorter period)", message);
    }

    @Test
    void anExternalEntityIsNeverReadEvenWhenItsFileExists(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Document [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>\n"
                + entries(ONE.replace("</Ntry>", "<AddtlNtryInf>&s;</AddtlNtryInf></Ntry>"), "02").substring("<?xml version=\"1.0\"?>\n".length());
        String message = refusal(xml);
        assertTrue(message.contains("DOCTYPE"), message);
        assertFalse(message.contains("TOP-SECRET"), message);
    }

    @Test
    void anUndeclaredEntityIsRefused() {
        String message = refusal(entries(ONE.replace("</Ntry>", "<AddtlNtryInf>&nbsp;</AddtlNtryInf></Ntry>"), "02"));
        assertTrue(message.startsWith("s.xml: line 6: "), message);
        assertTrue(message.contains("nbsp"), message);
    }

    @Test
    void otherFilesAreRefusedSayingWhatTheyAre() {
        assertTrue(refusal("not xml at all").startsWith("s.xml: line 1: not well-formed XML: "));
        assertTrue(refusal("<?xml version=\"1.0\"?>\n<!-- nothing -->\n").startsWith("s.xml: line 3: not well-formed XML: "));
        assertEquals("s.xml is not a camt.053 statement: its root element is <OFX> with no namespace; finterm reads ISO 20022 camt.053 "
                + "statements (urn:iso:std:iso:20022:tech:xsd:camt.053.001.02 and later)", refusal("<OFX><BANKMSGSRSV1/></OFX>"));
        assertEquals("s.xml is a camt.052 account report (intraday movements, not a statement); finterm reads camt.053 bank-to-customer "
                + "statements: ask the bank for the camt.053 export",
                refusal(entries(ONE, "02").replace("camt.053.001.02", "camt.052.001.02")));
        assertEquals("s.xml is a camt.053.001.01 statement, older than finterm reads; finterm reads camt.053.001.02 and later",
                refusal(entries(ONE, "01")));
        assertEquals("s.xml is a camt.053 file without a statement (no <Stmt>); there is nothing to import", refusal(
                "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.10\"><BkToCstmrStmt><GrpHdr/></BkToCstmrStmt></Document>"));
    }

    @Test
    void eachBadFieldOfAnEntryIsAnErrorOfItsLine() {
        assertEquals(List.of("line 6: credit or debit: 'DEBIT' is neither CRDT nor DBIT"), errors(ONE.replace(">DBIT<", ">DEBIT<")));
        assertEquals(List.of("line 6: credit or debit: missing (no <CdtDbtInd>)"), errors(ONE.replace("<CdtDbtInd>DBIT</CdtDbtInd>", "")));
        assertEquals(List.of("line 6: amount: '1,00' is not an amount (digits with a decimal point, no sign)"), errors(ONE.replace("1.00", "1,00")));
        assertEquals(List.of("line 6: amount: '-1.00' is not an amount (digits with a decimal point, no sign)"), errors(ONE.replace("1.00", "-1.00")));
        assertEquals(List.of("line 6: amount: '1e3' is not an amount (digits with a decimal point, no sign)"), errors(ONE.replace("1.00", "1e3")));
        assertEquals(List.of("line 6: amount: '0.00' is zero; an entry moves money"), errors(ONE.replace("1.00", "0.00")));
        assertEquals(List.of("line 6: currency: missing (the amount has no Ccy)"), errors(ONE.replace(" Ccy=\"EUR\"", "")));
        assertEquals(List.of("line 6: date: missing (no <BookgDt>)"), errors(ONE.replace("<BookgDt><Dt>2026-11-02</Dt></BookgDt>", "")));
        assertEquals(List.of("line 6: date: '02.11.2026' is not a date (yyyy-MM-dd)"), errors(ONE.replace("2026-11-02", "02.11.2026")));
        assertEquals(List.of("line 6: value date: '2026-11-31' is not a day that exists"),
                errors(ONE.replace("</BookgDt>", "</BookgDt><ValDt><Dt>2026-11-31</Dt></ValDt>")));
        assertEquals(List.of("line 6: status: missing (no <Sts>)"), errors(ONE.replace("<Sts>BOOK</Sts>", "")));
        assertEquals(List.of("line 6: status: 'DONE' is not BOOK, PDNG, FUTR or INFO"), errors(ONE.replace("BOOK", "DONE")));
        assertEquals(List.of("line 6: amount: missing (no <Amt>)", "line 6: date: missing (no <BookgDt>)"),
                errors(ONE.replace("<Amt Ccy=\"EUR\">1.00</Amt>", "").replace("<BookgDt><Dt>2026-11-02</Dt></BookgDt>", "")));
    }

    private static String batch(String... amounts) {
        StringBuilder txs = new StringBuilder();
        for (String a : amounts) {
            txs.append("<TxDtls><AmtDtls><TxAmt><Amt Ccy=\"EUR\">").append(a).append("</Amt></TxAmt></AmtDtls></TxDtls>\n");
        }
        return "<Ntry><Amt Ccy=\"EUR\">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-11-02</Dt></BookgDt>\n"
                + "<NtryDtls>\n" + txs + "</NtryDtls></Ntry>";
    }

    @Test
    void aBatchWhoseTransactionsDoNotAddUpToTheEntryIsItsError() {
        assertEquals(List.of("line 6: amount: the 2 transactions of the batch add up to 9.99, not the entry's 10.00"), errors(batch("4.99", "5.00")));
        assertEquals(List.of("line 6: amount: transaction 2 of 2: 'abc' is not an amount (digits with a decimal point, no sign)"),
                errors(batch("5.00", "abc")));
    }

    @Test
    void aBatchWithoutAmountsPerTransactionIsOneRowForTheEntry() {
        String ntry = batch("6.00", "4.00").replace("<AmtDtls><TxAmt><Amt Ccy=\"EUR\">4.00</Amt></TxAmt></AmtDtls>", "");
        Read read = Read.of(Camt053.open(CamtSources.text("s.xml", entries(ntry, "02"))));
        assertEquals(List.of(), read.errors());
        assertEquals(1, read.rows().size());
        assertEquals(new BigDecimal("10.00"), read.rows().get(0).amount());
        assertEquals(6, read.rows().get(0).line());
    }

    @Test
    void controlCharactersInNamesAreStripped() {
        String ntry = ONE.replace("</Ntry>", "<NtryDtls><TxDtls><RltdPties><Cdtr><Nm>Evil&#x9b;2J Shop&#x7f;</Nm></Cdtr></RltdPties>"
                + "</TxDtls></NtryDtls></Ntry>");
        Read read = Read.of(Camt053.open(CamtSources.text("s.xml", entries(ntry, "02"))));
        assertEquals("Evil2J Shop", read.rows().get(0).payee());
    }

    @Test
    void aGiantCommentOrAttributeIsRefusedBeforeTheParserHoldsIt() {
        XmlGuard.Limits small = new XmlGuard.Limits(64 << 20, 64, 64 << 10, 100, 4 << 10);
        String comment = entries(ONE.replace("<Ntry>", "<!-- " + "-> >".repeat(2000) + " --><Ntry>"), "02");
        assertEquals("s.xml: line 6: one tag, comment or declaration is over 4 KiB, more than a bank statement ever holds; "
                + "finterm refuses the file", refusal(CamtSources.text("s.xml", comment), small));
        String attribute = entries(ONE.replace("<Ntry>", "<Ntry x=\"" + ">".repeat(5000) + "\">"), "02");
        assertTrue(refusal(CamtSources.text("s.xml", attribute), small).contains("over 4 KiB"));
        String subset = "<?xml version=\"1.0\"?>\n<!DOCTYPE d [" + "<!ENTITY a \"x\">".repeat(500) + "]>\n<d/>";
        assertTrue(refusal(CamtSources.text("s.xml", subset), small).startsWith("s.xml: line 2: one tag"));
        String fine = entries(ONE.replace("<Ntry>", "<!-- a comment -- no, two --><?pi x?><![CDATA[ <x> ]]><Ntry>"), "02");
        assertTrue(refusal(CamtSources.text("s.xml", fine), small).contains("not well-formed"), "'--' in a comment is the parser's to refuse");
        String ok = entries(ONE.replace("<Ntry>", "<!-- a comment --><?pi x?><Ntry>"), "02");
        assertEquals(1, Read.of(Camt053.open(CamtSources.text("s.xml", ok), small)).rows().size());
    }

    @Test
    void aUtf16StatementIsReadLikeItsUtf8Original() throws IOException {
        String xml;
        try (InputStream in = getClass().getResourceAsStream("/bank/camt053-de-v02.xml")) {
            xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
        }
        Read read = Read.of(Camt053.open(CamtSources.bytes("utf16.xml", xml.getBytes(java.nio.charset.StandardCharsets.UTF_16))));
        assertEquals(List.of(), read.errors());
        assertEquals(12, read.rows().size());
        assertEquals("Bäckerei Müller GmbH", read.rows().get(0).payee());
    }

    @Test
    void aSourceThatFailsWhileBeingReadIsRefusedSayingSo() {
        byte[] head = entries(ONE, "02").substring(0, 200).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ImportSource failing = new ImportSource() {
            @Override
            public String name() {
                return "usb.xml";
            }

            @Override
            public InputStream open() {
                return new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("Input/output error");
                    }
                });
            }
        };
        assertEquals("usb.xml could not be read: Input/output error", refusal(failing, XmlGuard.Limits.DEFAULT));
    }
}
