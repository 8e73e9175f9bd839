package io.finterm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PluralTest {
    @Test
    void oneIsSingularAndEveryOtherCountIsPluralByTheRegularRules() {
        assertEquals("1 category", Plural.of(1, "category"));
        assertEquals("2 categories", Plural.of(2, "category"));
        assertEquals("0 rows", Plural.of(0, "row"));
        assertEquals("3 days", Plural.of(3, "day"), "a vowel before the y keeps it");
        assertEquals("2 matches", Plural.of(2, "match"));
        assertEquals("4 exchange rates", Plural.of(4, "exchange rate"));
        assertEquals("25,000 transactions", Plural.grouped(25_000, "transaction"));
    }
}
