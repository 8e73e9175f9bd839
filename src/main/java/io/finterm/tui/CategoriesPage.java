package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.Category;
import io.finterm.domain.Plural;
import io.finterm.domain.TxKind;
import io.finterm.report.Table;
import io.finterm.service.CategoryCount;
import java.util.ArrayList;
import java.util.List;

/**
 * The user's categories, income and expense, each with how many transactions it holds: {@code a}
 * adds one, {@code r} renames, {@code m} merges the chosen one into another, and {@code d} deletes
 * an unused one; on one still in use, {@code d} offers the merge instead. {@code R} opens the rules ({@link RulesPage}).
 */
final class CategoriesPage extends Page {
    private List<CategoryCount> categories = List.of();
    private int selected;
    /** Rows the table showed last, for PgUp and PgDn. */
    private int lastVisible = 10;

    CategoriesPage(Tui tui) {
        super(tui);
    }

    @Override
    String title() {
        return "Categories";
    }

    @Override
    void shown() {
        categories = tui.services().categories().listWithCounts(tui.session());
        selected = Math.max(0, Math.min(selected, categories.size() - 1));
    }

    private Category current() {
        return categories.isEmpty() ? null : categories.get(selected).category();
    }

    @Override
    boolean key(KeyStroke key) {
        KeyType type = key.getKeyType();
        char c = type == KeyType.Character && !key.isCtrlDown() && !key.isAltDown() ? key.getCharacter() : 0;
        int page = Math.max(1, lastVisible);
        switch (type) {
            case ArrowDown -> move(1);
            case ArrowUp -> move(-1);
            case PageDown -> move(page);
            case PageUp -> move(-page);
            case Home -> move(-selected);
            case End -> move(categories.size());
            default -> {
                if (c == 'j') {
                    move(1);
                } else if (c == 'k') {
                    move(-1);
                } else if (c == 'a') {
                    add();
                } else if (c == 'r' && current() != null) {
                    rename(current());
                } else if (c == 'm' && current() != null) {
                    merge(current(), null);
                } else if (c == 'R') {
                    tui.push(new RulesPage(tui));
                } else if (c == 'd' && current() != null) {
                    delete(categories.get(selected));
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    private void move(int by) {
        selected = Math.max(0, Math.min(categories.size() - 1, selected + by));
    }

    private void add() {
        tui.open(new PromptOverlay(tui, "New category", null, List.of(Field.text("name", "Name", Category.MAX_NAME),
                Field.choice("type", "Type", TxKind.EXPENSE.label(), TxKind.INCOME.label())), form -> {
                    TxKind kind = TxKind.parse(form.field("type").text());
                    Category made = tui.services().categories().add(tui.session(), kind, form.field("name").text());
                    shown();
                    select(made);
                    tui.say("added the " + kind.label() + " category " + made.name());
                }));
    }

    private void rename(Category c) {
        tui.open(new PromptOverlay(tui, "Rename " + c.name(), "its transactions and budgets go with it",
                List.of(Field.text("name", "New name", Category.MAX_NAME).set(c.name())), form -> {
                    Category renamed = tui.services().categories().rename(tui.session(), c.kind(), c.name(), form.field("name").text());
                    shown();
                    select(renamed);
                    tui.say("renamed " + c.name() + " to " + renamed.name());
                }));
    }

    /** Asks for the category to merge {@code c} into; {@code why} says why it is offered, or {@code null}. */
    private void merge(Category c, String why) {
        Field into = Field.text("category", "Into", Category.MAX_NAME);
        String note = (why == null ? "" : why + " ") + "Its transactions, budgets, rules and schedules move into another " + c.kind().label() + " category.";
        tui.open(new PromptOverlay(tui, "Merge " + c.name(), note, List.of(into), form -> {
            String target = form.field("category").text();
            long moved = tui.services().categories().merge(tui.session(), c.kind(), c.name(), target);
            shown();
            tui.say("merged " + c.name() + " into " + target + ": " + Plural.of(moved, "transaction") + " moved");
        }));
    }

    private void delete(CategoryCount c) {
        Category category = c.category();
        if (c.transactions() > 0) {
            merge(category, category.name() + " has " + Plural.of(c.transactions(), "transaction") + ", so it cannot simply go.");
            return;
        }
        tui.open(new ConfirmOverlay(tui, "Delete", List.of("Delete the " + category.kind().label() + " category " + category.name() + "?",
                "It has no transactions; its budgets go with it."), () -> {
                    tui.services().categories().delete(tui.session(), category.kind(), category.name());
                    shown();
                    tui.say("deleted " + category.name());
                }));
    }

    private void select(Category c) {
        for (int i = 0; i < categories.size(); i++) {
            if (categories.get(i).category().id() == c.id()) {
                selected = i;
            }
        }
    }

    @Override
    void draw(Painter p) {
        p.text(1, 0, "Categories", Style.TITLE);
        p.text(13, 0, Plural.of(categories.size(), "category") + ", income first, then expenses", Style.MUTED);
        List<List<String>> rows = new ArrayList<>();
        for (CategoryCount c : categories) {
            rows.add(List.of(c.category().name(), c.category().kind().label(), Long.toString(c.transactions())));
        }
        Table table = new Table(List.of(Table.Column.text("category"), Table.Column.text("type"), Table.Column.number("transactions")), rows);
        lastVisible = Math.max(1, p.height() - 4);
        Grid.draw(p, 2, p.height() - 2, table, selected);
    }

    @Override
    List<KeyHelp> keys() {
        return List.of(new KeyHelp("↑ ↓  j k", "move"), new KeyHelp("PgUp PgDn", "a screen up or down"), new KeyHelp("Home End", "first or last"),
                new KeyHelp("a", "add a category (income or expense)"), new KeyHelp("r", "rename"),
                new KeyHelp("m", "merge into another category of its type"),
                new KeyHelp("d", "delete one without transactions; on one in use, offers the merge"),
                new KeyHelp("R", "the categorisation rules, which file imported rows into categories"));
    }

    @Override
    String hints() {
        return "a add  r rename  m merge  d delete  R rules";
    }
}
