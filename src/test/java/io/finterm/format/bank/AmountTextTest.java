package io.finterm.format.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.finterm.domain.ValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountTextTest {
    private static final AmountText COMMA = new AmountText(',');
    private static final AmountText POINT = new AmountText('.');

    private static void reads(AmountText reader, String cell, String expected) {
        assertEquals(new BigDecimal(expected), reader.read("amount", cell), cell);
    }

    private static String refusal(AmountText reader, String cell) {
        return assertThrows(ValidationException.class, () -> reader.read("amount", cell), cell).getMessage();
    }

    @Test
    void aDecimalCommaReadsWithPointSpaceNoBreakSpaceOrApostropheGrouping() {
        reads(COMMA, "-1.234,56", "-1234.56");
        reads(COMMA, "1 234,56", "1234.56");
        reads(COMMA, "1\u00a0234,56", "1234.56");
        reads(COMMA, "-1\u202f234,56", "-1234.56");
        reads(COMMA, "12,5", "12.5");
        reads(COMMA, "1.234.567,00", "1234567.00");
        reads(COMMA, "54", "54");
    }

    @Test
    void aDecimalPointReadsWithCommaOrApostropheGrouping() {
        reads(POINT, "1,050.00", "1050.00");
        reads(POINT, "1'234.50", "1234.50");
        reads(POINT, "0.5", "0.5");
    }

    @Test
    void signsBeforeOrAfterParenthesesAndCrDrSuffixesSayWhichWay() {
        reads(COMMA, "12,50-", "-12.50");
        reads(COMMA, "+12,50", "12.50");
        reads(POINT, "($45.00)", "-45.00");
        reads(POINT, "(45.00)", "-45.00");
        reads(POINT, "12.50 CR", "12.50");
        reads(POINT, "12.50 DR", "-12.50");
        reads(POINT, "\u221212.50", "-12.50");
    }

    @Test
    void aCurrencyCodeOrSymbolBeforeOrAfterIsKeptAsTheRowsCurrencyExceptTheDollarWhichNamesSeveral() {
        reads(POINT, "£1,050.00", "1050.00");
        assertEquals("GBP", POINT.currency());
        reads(COMMA, "-84,20 €", "-84.20");
        assertEquals("EUR", COMMA.currency());
        reads(COMMA, "EUR -84,20", "-84.20");
        assertEquals("EUR", COMMA.currency());
        reads(POINT, "-49.90 CHF", "-49.90");
        assertEquals("CHF", POINT.currency());
        reads(POINT, "-$45.00", "-45.00");
        assertEquals("", POINT.currency());
    }

    @Test
    void aBlankCellIsNoAmountAtAll() {
        assertNull(COMMA.read("debit", "  "));
    }

    @Test
    void anythingNotExactlyANumberUnderTheConventionIsTheRowsErrorNamingTheConvention() {
        assertEquals("amount: '1.23.4' is not an amount with a decimal comma", refusal(COMMA, "1.23.4"));
        assertEquals("amount: '1.234,5x' is not an amount with a decimal comma", refusal(COMMA, "1.234,5x"));
        assertEquals("amount: '1,23,4' is not an amount with a decimal point", refusal(POINT, "1,23,4"));
        assertEquals("amount: '--5.00' is not an amount with a decimal point", refusal(POINT, "--5.00"));
        assertEquals("amount: '-5.00-' is not an amount with a decimal point", refusal(POINT, "-5.00-"));
        assertEquals("amount: '1,234.56' is not an amount with a decimal comma", refusal(COMMA, "1,234.56"));
        refusal(POINT, "5.");
        refusal(POINT, "abc");
        refusal(POINT, "-");
        refusal(COMMA, "1 23,00");
        refusal(POINT, "(-5.00)");
    }

    @Test
    void numbersOfMoreThanEighteenDigitsStayExact() {
        reads(POINT, "12,345,678,901,234,567,890.12", "12345678901234567890.12");
    }

    @Test
    void theDecimalHintTellsACommaFromAPointAndSaysWhenItCannot() {
        assertEquals(',', AmountText.decimalHint("1.234,56"));
        assertEquals('.', AmountText.decimalHint("1,234.56"));
        assertEquals(',', AmountText.decimalHint("-54,30"));
        assertEquals('.', AmountText.decimalHint("£4.50"));
        assertEquals('?', AmountText.decimalHint("1.000"));
        assertEquals('?', AmountText.decimalHint("-2,500"));
        assertEquals('.', AmountText.decimalHint("1,000,000"));
        assertEquals(',', AmountText.decimalHint("0,500"));
        assertEquals(0, AmountText.decimalHint("1000"));
        assertEquals(0, AmountText.decimalHint(""));
    }
}
