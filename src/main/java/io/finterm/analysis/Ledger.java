package io.finterm.analysis;

import io.finterm.domain.MissingRateException;
import io.finterm.domain.Money;
import io.finterm.domain.RateOracle;
import io.finterm.domain.Transaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * A user's transactions in date order, every amount in the base currency: the input of every report.
 * Conversion happens once, here, through the {@link RateOracle}; a transaction that cannot be
 * converted (no rate on or before its date) is left out of the items and kept, with the reason, among
 * the {@link #unconverted()} ones, so that reports can say what they left out. It is never taken 1:1.
 */
public final class Ledger {
    private final Currency currency;
    private final List<Item> items;
    private final List<Unconverted> unconverted;

    public Ledger(Currency currency, List<Item> items) {
        this(currency, items, List.of());
    }

    public Ledger(Currency currency, List<Item> items, List<Unconverted> unconverted) {
        this.unconverted = List.copyOf(unconverted);
        this.currency = currency;
        List<Item> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(Item::date).thenComparingLong(Item::id));
        for (Item item : sorted) {
            if (!item.amount().currency().equals(currency)) {
                throw new IllegalArgumentException("item " + item.id() + " is in " + item.amount().currency() + ", not " + currency);
            }
        }
        this.items = List.copyOf(sorted);
    }

    /**
     * Converts {@code transactions} to {@code currency} at each one's date, one item per category share
     * ({@link Lines#byCategory}: a split's lines, each in its own category; nothing for a transfer leg),
     * in the order given; category names by id.
     */
    public static Ledger convert(Currency currency, List<Transaction> transactions, Map<Long, String> categoryNames, RateOracle rates) {
        List<Item> items = new ArrayList<>(transactions.size());
        List<Unconverted> left = new ArrayList<>();
        for (Transaction t : transactions.stream().flatMap(r -> Lines.byCategory(r).stream()).toList()) {
            String category = categoryNames.getOrDefault(t.categoryId(), "?");
            Currency from = t.amount().currency();
            if (from.equals(currency)) {
                items.add(new Item(t.id(), t.date(), t.kind(), category, t.amount(), t.amount(), t.description()));
                continue;
            }
            try {
                Money base = rates.convert(t.amount(), t.date(), currency);
                items.add(new Item(t.id(), t.date(), t.kind(), category, base, t.amount(), t.description(),
                        rates.rateDay(t.date(), from, currency)));
            } catch (MissingRateException e) {
                left.add(new Unconverted(t.id(), t.date(), t.amount(), e.currency(), e.getMessage()));
            }
        }
        return new Ledger(currency, items, left);
    }

    public Currency currency() {
        return currency;
    }

    public List<Item> items() {
        return items;
    }

    /** The transactions left out for want of an exchange rate, in date order. */
    public List<Unconverted> unconverted() {
        return unconverted;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** The items dated within {@code period}, found by binary search. */
    public List<Item> within(Period period) {
        int[] range = range(period);
        return items.subList(range[0], range[1]);
    }

    /** The first index dated within {@code period} and the index after the last. */
    int[] range(Period period) {
        return new int[] {firstOnOrAfter(period.from()), firstOnOrAfter(period.to().plusDays(1))};
    }

    /** From the first to the last date with data, or {@code null} when there is none. */
    public Period span() {
        return items.isEmpty() ? null : Period.all(items.get(0).date(), items.get(items.size() - 1).date());
    }

    Money zero() {
        return new Money(0, currency);
    }

    private int firstOnOrAfter(LocalDate day) {
        int lo = 0;
        int hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (items.get(mid).date().isBefore(day)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
