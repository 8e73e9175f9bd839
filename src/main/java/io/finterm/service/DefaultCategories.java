package io.finterm.service;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import io.finterm.domain.Category;
import io.finterm.domain.TxKind;
import io.finterm.store.Schema;
import io.finterm.store.WriteTx;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The categories every new account starts with, from {@code config/categories.json}. */
public final class DefaultCategories {
    private final List<String> income;
    private final List<String> expense;

    public DefaultCategories(List<String> income, List<String> expense) {
        this.income = List.copyOf(income);
        this.expense = List.copyOf(expense);
    }

    /** The shipped defaults, packaged into the jar. */
    public static DefaultCategories bundled() {
        try (InputStream in = DefaultCategories.class.getResourceAsStream("/config/categories.json")) {
            if (in == null) {
                throw new IllegalStateException("config/categories.json is missing from the jar");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read config/categories.json: " + e.getMessage(), e);
        }
    }

    static DefaultCategories read(Reader json) {
        try {
            Lists lists = new Gson().fromJson(json, Lists.class);
            if (lists == null || lists.income == null || lists.expense == null) {
                throw new IllegalStateException("categories.json needs an \"income\" and an \"expense\" list");
            }
            return new DefaultCategories(lists.income, lists.expense);
        } catch (JsonParseException e) {
            throw new IllegalStateException("categories.json is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static final class Lists {
        List<String> income;
        List<String> expense;
    }

    void createFor(WriteTx tx, long userId) {
        for (String name : income) {
            tx.insert(Schema.CATEGORIES, new Category(tx.nextId(Schema.CATEGORIES), userId, TxKind.INCOME, name));
        }
        for (String name : expense) {
            tx.insert(Schema.CATEGORIES, new Category(tx.nextId(Schema.CATEGORIES), userId, TxKind.EXPENSE, name));
        }
    }
}
