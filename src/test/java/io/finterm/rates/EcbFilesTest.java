package io.finterm.rates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class EcbFilesTest {
    private static PublishedRate rate(String date, String code, String perEuro) {
        return new PublishedRate(LocalDate.parse(date), Currency.getInstance(code), new BigDecimal(perEuro));
    }

    @Test
    void theDailyXmlGivesEachCurrencysRateForTheDay() {
        assertEquals(List.of(rate("2026-11-23", "USD", "1.1328"), rate("2026-11-23", "JPY", "161.25"), rate("2026-11-23", "GBP", "0.8512")),
                EcbFiles.parse(Fixtures.bytes("daily.xml"), "daily.xml"));
    }

    @Test
    void theHistoryXmlGivesEveryDay() {
        List<PublishedRate> rates = EcbFiles.parse(Fixtures.bytes("hist-90d.xml"), "hist-90d.xml");
        assertEquals(6, rates.size());
        assertEquals(rate("2026-11-18", "GBP", "0.8480"), rates.get(5));
    }

    @Test
    void theCsvHistorySkipsDaysWithoutARate() {
        List<PublishedRate> rates = EcbFiles.parse(Fixtures.bytes("hist.csv"), "hist.csv");
        assertEquals(5, rates.size(), "USD had no rate on the 19th");
        assertTrue(rates.contains(rate("2026-11-19", "JPY", "160.00")));
        assertFalse(rates.stream().anyMatch(r -> r.date().equals(LocalDate.of(2026, 11, 19)) && r.currency().getCurrencyCode().equals("USD")));
    }

    @Test
    void theZippedCsvIsReadFromInsideTheZip() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("eurofxref-hist.csv"));
            zip.write(Fixtures.bytes("hist.csv"));
            zip.closeEntry();
        }
        assertEquals(EcbFiles.parse(Fixtures.bytes("hist.csv"), "x"), EcbFiles.parse(bytes.toByteArray(), "eurofxref-hist.zip"));
    }

    @Test
    void aPartialDownloadIsRefusedWithTheSource() {
        RateFileException e = assertThrows(RateFileException.class, () -> EcbFiles.parse(Fixtures.bytes("partial.xml"), "partial.xml"));
        assertTrue(e.getMessage().startsWith("partial.xml is not a rates file: "), e.getMessage());
    }

    @Test
    void aRateThatIsNotAPositiveDecimalIsNamedWithItsDayAndPlace() {
        RateFileException e = assertThrows(RateFileException.class, () -> EcbFiles.parse(Fixtures.bytes("negative.xml"), "negative.xml"));
        assertEquals("negative.xml, day 1 (2026-11-23), rate 1: '-1.1328' is not a positive decimal rate", e.getMessage());
        for (String bad : List.of("0", "1e3", "1,5", "NaN", "", "1.2.3")) {
            String xml = "<Envelope><Cube><Cube time='2026-11-23'><Cube currency='USD' rate='" + bad + "'/></Cube></Cube></Envelope>";
            assertThrows(RateFileException.class, () -> EcbFiles.parse(xml.getBytes(StandardCharsets.UTF_8), "x"), bad);
        }
        String badCode = "<Envelope><Cube><Cube time='2026-11-23'><Cube currency='ZZZ' rate='1'/></Cube></Cube></Envelope>";
        assertEquals("x, day 1 (2026-11-23), rate 1: 'ZZZ' is not an ISO 4217 currency",
                assertThrows(RateFileException.class, () -> EcbFiles.parse(badCode.getBytes(StandardCharsets.UTF_8), "x")).getMessage());
    }

    @Test
    void anXmlExternalEntityIsRefusedAndNothingIsRead() {
        RateFileException e = assertThrows(RateFileException.class, () -> EcbFiles.parse(Fixtures.bytes("xxe.xml"), "xxe.xml"));
        assertTrue(e.getMessage().contains("DOCTYPE is disallowed"), e.getMessage());
        assertFalse(e.getMessage().contains("root:"), "no file's contents in the message");
    }
}
