package io.finterm.analysis;

import io.finterm.domain.Money;
import java.time.YearMonth;
import java.util.List;

/**
 * Unusual spending in a period, each judged against its category's own history: single expenses and
 * monthly category totals, most unusual first.
 *
 * @param minSample how many expenses (or months) a category needs before anything in it is judged
 */
public record Outliers(Period period, int minSample, List<Flagged> transactions, List<FlaggedMonth> months) {
    /** An expense far above its category's usual amount; {@code ratio} is amount / median. */
    public record Flagged(Item item, double score, Money median, double ratio, String reason) {
    }

    /** A month whose total in a category is far above that category's usual month. */
    public record FlaggedMonth(YearMonth month, String category, Money total, Money median, double score, String reason) {
    }

    public Outliers {
        transactions = List.copyOf(transactions);
        months = List.copyOf(months);
    }
}
