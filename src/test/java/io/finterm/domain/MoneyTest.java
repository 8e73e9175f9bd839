package io.finterm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {
    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency JPY = Currency.getInstance("JPY");
    static final Currency BHD = Currency.getInstance("BHD");

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "1234.56; EUR; 123456",
        "1,234.56; EUR; 123456",
        "1,234,567.5; EUR; 123456750",
        "0.10; EUR; 10",
        "7; EUR; 700",
        "-12.30; EUR; -1230",
        "1500; JPY; 1500",
        "1.234; BHD; 1234",
    })
    void amountsParseToExactMinorUnits(String text, String currency, long minor) {
        assertEquals(minor, Money.parse(text, Currency.getInstance(currency)).minor());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "12.345; EUR; amount: at most 2 decimal places for EUR, and '12.345' has 3 (if the dot separates thousands, write 12345 or 12,345)",
        "1.050; EUR; amount: at most 2 decimal places for EUR, and '1.050' has 3 (if the dot separates thousands, write 1050 or 1,050)",
        "-1.000; USD; amount: at most 2 decimal places for USD, and '-1.000' has 3 (if the dot separates thousands, write -1000 or -1,000)",
        "0.001; EUR; amount: at most 2 decimal places for EUR",
        "1.0500; EUR; amount: at most 2 decimal places for EUR",
        "7.0; JPY; amount: at most 0 decimal places for JPY",
        "10.5; JPY; amount: at most 0 decimal places for JPY",
        "fifty; EUR; amount: 'fifty' is not a number",
        "1,23.00; EUR; amount: '1,23.00' is not a number",
        "1e5; EUR; amount: '1e5' is not a number",
        "'1.234,56'; EUR; amount: '1.234,56' is not a number: write the decimals after a point, as in 1234.56",
        "-12,5; EUR; amount: '-12,5' is not a number: write the decimals after a point, as in -12.5",
        "100000000000.01; EUR; amount: too large: at most 100000000000.00 EUR",
        "10000000000001; JPY; amount: too large: at most 10000000000000 JPY",
    })
    void badAmountsSayWhy(String text, String currency, String message) {
        ValidationException e = assertThrows(ValidationException.class, () -> Money.parse(text, Currency.getInstance(currency)));
        assertEquals(message, e.getMessage());
        assertEquals("amount", e.field());
    }

    @Test
    void anEmptyAmountIsRequired() {
        assertEquals("amount: is required", assertThrows(ValidationException.class, () -> Money.parse("  ", EUR)).getMessage());
    }

    @Test
    void formattingIsExactAndUsesTheCurrencysDigits() {
        assertEquals("1234.50", new Money(123450, EUR).toDecimalString());
        assertEquals("1500", new Money(1500, JPY).toDecimalString());
        assertEquals("0.005", new Money(5, BHD).toDecimalString());
        assertEquals("-0.07 EUR", new Money(-7, EUR).toString());
    }

    @Test
    void arithmeticStaysInOneCurrencyAndNeverOverflowsSilently() {
        assertEquals(new Money(350, EUR), new Money(100, EUR).plus(new Money(250, EUR)));
        assertEquals(new Money(-150, EUR), new Money(100, EUR).minus(new Money(250, EUR)));
        assertThrows(IllegalArgumentException.class, () -> new Money(1, EUR).plus(new Money(1, JPY)));
        assertThrows(ArithmeticException.class, () -> new Money(Long.MAX_VALUE, EUR).plus(new Money(1, EUR)));
    }

    @Test
    void currencyCodesAreCheckedAndNormalised() {
        assertEquals(EUR, Money.currency(" eur "));
        assertEquals("currency: 'EURO' is not an ISO 4217 currency code",
                assertThrows(ValidationException.class, () -> Money.currency("EURO")).getMessage());
        assertEquals("currency: XXX is not a money currency",
                assertThrows(ValidationException.class, () -> Money.currency("XXX")).getMessage());
    }

    @Test
    void roundingIsHalfEvenToMinorUnits() {
        assertEquals(2, Rounding.toMinorUnits(new BigDecimal("0.025"), EUR));
        assertEquals(4, Rounding.toMinorUnits(new BigDecimal("0.035"), EUR));
        assertEquals(-2, Rounding.toMinorUnits(new BigDecimal("-0.025"), EUR));
        assertEquals(1234, Rounding.toMinorUnits(new BigDecimal("1234.5"), JPY));
        assertEquals(1236, Rounding.toMinorUnits(new BigDecimal("1235.5"), JPY));
        assertEquals(1235, Rounding.toMinorUnits(new BigDecimal("1234.5000001"), JPY));
    }

    @Test
    void displayUsesTheSymbolGroupsThousandsAndKeepsTheSign() {
        assertEquals("€1,234.50", Money.of(123450, "EUR").display());
        assertEquals("-$12.00", Money.of(-1200, "USD").display());
        assertEquals("¥1,235", Money.of(1235, "JPY").display());
        assertEquals("CHF 0.05", Money.of(5, "CHF").display());
    }

    @Test
    void conversionGoesThroughTheOracleAndRoundsOnceHalfEven() {
        RateOracle rates = (date, from, to) -> new BigDecimal("1.1325");
        assertEquals(Money.of(113, "USD"), rates.convert(Money.of(100, "EUR"), LocalDate.of(2024, 3, 1), Currency.getInstance("USD")));
        assertEquals(Money.of(1132, "USD"), rates.convert(Money.of(1000, "EUR"), LocalDate.of(2024, 3, 1), Currency.getInstance("USD")),
                "11.325 rounds half-even to 11.32");
        assertEquals(Money.of(100, "EUR"), rates.convert(Money.of(100, "EUR"), LocalDate.of(2024, 3, 1), EUR), "no rate for the same currency");
    }

    @Test
    void theIdentityOracleRefusesOtherCurrenciesRatherThanAssumingOneToOne() {
        RateOracle identity = RateOracle.identity();
        assertEquals(BigDecimal.ONE, identity.rate(LocalDate.of(2024, 3, 1), EUR, EUR));
        MissingRateException e = assertThrows(MissingRateException.class,
                () -> identity.convert(Money.of(100, "USD"), LocalDate.of(2019, 3, 2), EUR));
        assertEquals("no USD rate on or before 2019-03-02: run `finterm rates update` or import a rates file", e.getMessage());
    }
}
