package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.finterm.domain.BusinessDays;
import io.finterm.domain.FintermException;
import io.finterm.domain.Money;
import io.finterm.domain.RateOracle;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@link FuzzTest}'s mutation fuzzer over what the forecast takes from a person: an account's name and a warning's amount. */
@Tag("fuzz")
class ForecastFuzzTest {
    @Test
    void accountWarningsAndForecastsAreSetOrRefusedWithNothingChanged() {
        Accounts fx = new Accounts();
        Session alice = fx.alice();
        fx.accountBook.add(alice, NewAccount.named("Savings"));
        fx.accountBook.add(alice, new NewAccount("Tokyo", null, Money.currency("JPY"), "1000", null, true));
        ForecastService forecast = new ForecastService(fx.store, fx.accounts, BusinessDays.WEEKENDS_ONLY, RateOracle.identity(), fx.clock);
        // account|amount|months
        FuzzTest.fuzz("forecast", List.of("Main|100.00|3", "Tokyo|-5000|12", "Savings|1,234.56|1", "main||6"), input -> {
            String[] f = input.split("\\|", -1);
            String amount = f.length > 1 && !f[1].isEmpty() ? f[1] : null;
            long before = fx.store.version();
            try {
                forecast.warnBelow(alice, f[0], amount);
            } catch (FintermException e) {
                assertEquals(before, fx.store.version(), "a refused warning changed the store");
            }
            int months = f.length > 2 && f[2].matches("-?\\d{1,9}") ? Integer.parseInt(f[2]) : 3;
            forecast.forecast(alice, months, f[0].isEmpty() ? null : f[0], true);
        });
    }
}
