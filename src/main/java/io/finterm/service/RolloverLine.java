package io.finterm.service;

import io.finterm.domain.Overspending;
import java.time.YearMonth;

/** One rollover setting as a person reads it: the category by name, from which month, on or off, and what overspending does. */
public record RolloverLine(String category, YearMonth from, boolean on, Overspending overspending) {
}
