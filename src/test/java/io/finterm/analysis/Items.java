package io.finterm.analysis;

import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** A small ledger written the way a person reads one: {@code ledger.expense("2024-03-05", "Groceries", "12.50")}. */
final class Items {
    static final Currency EUR = Currency.getInstance("EUR");

    private final List<Item> items = new ArrayList<>();

    Items expense(String date, String category, String amount) {
        return add(date, TxKind.EXPENSE, category, amount);
    }

    Items income(String date, String category, String amount) {
        return add(date, TxKind.INCOME, category, amount);
    }

    Items add(String date, TxKind kind, String category, String amount) {
        Money money = Money.parse(amount, EUR);
        items.add(new Item(items.size() + 1, LocalDate.parse(date), kind, category, money, money, category + " " + amount));
        return this;
    }

    Ledger ledger() {
        return new Ledger(EUR, items);
    }

    static Money eur(String amount) {
        return Money.parse(amount, EUR);
    }

    static LocalDate day(String date) {
        return LocalDate.parse(date);
    }
}
