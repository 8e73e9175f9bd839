package io.finterm.analysis;

import io.finterm.domain.Money;
import java.time.LocalDate;

/** A projected balance at the end of one day. */
public record BalancePoint(LocalDate date, Money balance) {
    public BalancePoint {
        if (date == null || balance == null) {
            throw new IllegalArgumentException("a balance point needs its day and its balance");
        }
    }
}
