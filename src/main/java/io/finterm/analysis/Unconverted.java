package io.finterm.analysis;

import io.finterm.domain.Money;
import java.time.LocalDate;
import java.util.Currency;

/** A transaction left out of the converted figures because no rate on or before its date exists for {@code missing}. */
public record Unconverted(long id, LocalDate date, Money original, Currency missing, String reason) {
}
