package io.finterm.rates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.finterm.domain.ExchangeRate;
import io.finterm.domain.MissingRateException;
import io.finterm.domain.Money;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Conversion through the stored ECB rates, checked by hand. */
class StoredRatesTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency GBP = Currency.getInstance("GBP");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

    private final Store store = Store.inMemory();
    private final StoredRates rates = new StoredRates(store);

    StoredRatesTest() {
        store.write(tx -> {
            tx.insert(Schema.RATES, new ExchangeRate(tx.nextId(Schema.RATES), FRIDAY, USD, new BigDecimal("1.1300")));
            tx.insert(Schema.RATES, new ExchangeRate(tx.nextId(Schema.RATES), FRIDAY, GBP, new BigDecimal("0.8500")));
            tx.insert(Schema.RATES, new ExchangeRate(tx.nextId(Schema.RATES), FRIDAY, JPY, new BigDecimal("160.10")));
            tx.insert(Schema.RATES, new ExchangeRate(tx.nextId(Schema.RATES), FRIDAY.minusDays(1), USD, new BigDecimal("1.1250")));
            return null;
        });
    }

    @Test
    void ratesAgainstTheEuroAreTheEcbsAndCrossRatesGoThroughIt() {
        assertEquals(new BigDecimal("1.1300"), rates.rate(FRIDAY, EUR, USD));
        assertEquals(0, new BigDecimal("0.88495575221238938053").compareTo(rates.rate(FRIDAY, USD, EUR)), "1 / 1.13");
        // USD→GBP = (EUR→GBP) / (EUR→USD) = 0.85 / 1.13
        assertEquals(0, new BigDecimal("0.75221238938053097345").compareTo(rates.rate(FRIDAY, USD, GBP)));
    }

    @Test
    void conversionRoundsOnceToTheTargetsMinorUnits() {
        // $100.00 → GBP at 0.85 / 1.13 = £75.2212… → £75.22
        assertEquals(Money.of(7522, "GBP"), rates.convert(Money.of(10000, "USD"), FRIDAY, GBP));
        // £10.00 → JPY: 10 × 160.10 / 0.85 = ¥1,883.529… → ¥1,884 (no minor digits)
        assertEquals(Money.of(1884, "JPY"), rates.convert(Money.of(1000, "GBP"), FRIDAY, JPY));
        // €1.00 → USD on Thursday: 1.125 → $1.12 (half-even: 1.125 rounds to the even cent)
        assertEquals(Money.of(112, "USD"), rates.convert(Money.of(100, "EUR"), FRIDAY.minusDays(1), USD));
    }

    @Test
    void aWeekendTakesFridaysRate() {
        LocalDate sunday = FRIDAY.plusDays(2);
        assertEquals(rates.rate(FRIDAY, USD, GBP), rates.rate(sunday, USD, GBP));
        assertEquals(FRIDAY, rates.rateDate(sunday, USD));
    }

    @Test
    void noRateOnOrBeforeTheDateIsAnErrorNamingTheCurrencyNeverOne() {
        MissingRateException early = assertThrows(MissingRateException.class, () -> rates.rate(FRIDAY.minusDays(2), EUR, USD));
        assertEquals("no USD rate on or before 2026-11-18: run `finterm rates update` or import a rates file", early.getMessage());
        MissingRateException chf = assertThrows(MissingRateException.class, () -> rates.convert(Money.of(100, "CHF"), FRIDAY, EUR));
        assertEquals(Currency.getInstance("CHF"), chf.currency());
    }

    @Test
    void newRatesAreSeenAfterTheStoreChanges() {
        assertThrows(MissingRateException.class, () -> rates.rate(FRIDAY, EUR, Currency.getInstance("CHF")));
        store.write(tx -> tx.insert(Schema.RATES, new ExchangeRate(tx.nextId(Schema.RATES), FRIDAY, Currency.getInstance("CHF"),
                new BigDecimal("0.9350"))));
        assertEquals(new BigDecimal("0.9350"), rates.rate(FRIDAY, EUR, Currency.getInstance("CHF")));
    }
}
