package io.finterm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A rule's amount bound, as the command line and the rule form read it: a plain size, or a refusal that says why. */
class RuleSizeTest {
    @Test
    void aSizeIsDigitsWithAtMostThreeDecimalsAfterAPoint() {
        assertEquals(new BigDecimal("50"), Rule.size("--min", " 50 "));
        assertEquals(new BigDecimal("12.50"), Rule.size("--min", "12.50"));
        assertNull(Rule.size("--min", "  "));
    }

    @Test
    void aSignACommaAnExponentOrTooManyDigitsAreRefusedSayingWhy() {
        assertEquals("--min: '-5' is not a size such as 50 or 12.50: a size has no sign; the category's kind says whether money goes out"
                + " or comes in", assertThrows(ValidationException.class, () -> Rule.size("--min", "-5")).getMessage());
        assertEquals("--max: '12,50' is not a size such as 50 or 12.50: write the decimals after a point, as in 12.50, and no thousands"
                + " separator", assertThrows(ValidationException.class, () -> Rule.size("--max", "12,50")).getMessage());
        assertEquals("--min: '1e999999999' is not a size such as 50 or 12.50",
                assertThrows(ValidationException.class, () -> Rule.size("--min", "1e999999999")).getMessage());
        assertEquals("--min: '12345678901234' is not a size such as 50 or 12.50",
                assertThrows(ValidationException.class, () -> Rule.size("--min", "12345678901234")).getMessage());
    }
}
