package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.BudgetRollover;
import io.finterm.domain.Overspending;
import io.finterm.domain.TxKind;
import io.finterm.store.Schema;
import io.finterm.store.WriteTx;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A category's budget rollover settings follow it: a merge moves the source's into the target, where
 * the target's own setting for a month stays; a delete takes them with the category.
 */
class CategoryRolloverTest {
    private final Accounts fx = new Accounts();

    private static BudgetRollover setting(WriteTx w, Session s, String category, String from, boolean on, Overspending overspending) {
        long c = Categories.existing(w, s.userId(), TxKind.EXPENSE, category).id();
        return w.insert(Schema.ROLLOVERS, new BudgetRollover(w.nextId(Schema.ROLLOVERS), s.userId(), c, YearMonth.parse(from), on,
                overspending));
    }

    /** Every setting as {@code user category from on|off overspending (id)}, sorted. */
    private List<String> settings() {
        return fx.store.read(rd -> {
            List<String> out = new ArrayList<>();
            rd.forEach(Schema.ROLLOVERS, r -> out.add(rd.get(Schema.USERS, r.userId()).orElseThrow().username() + " "
                    + rd.get(Schema.CATEGORIES, r.categoryId()).orElseThrow().name() + " " + r.from() + " " + (r.on() ? "on " : "off ")
                    + r.overspending().word() + " (" + r.id() + ")"));
            out.sort(null);
            return out;
        });
    }

    @Test
    void mergingIntoACategoryWithItsOwnRolloverSettingsKeepsThemAndDropsTheSources() {
        Session alice = fx.alice();
        Session bob = fx.bob();
        long[] ids = fx.store.write(w -> new long[] {
            setting(w, alice, "Dining", "2026-01", true, Overspending.CARRY).id(),
            setting(w, alice, "Dining", "2026-03", false, Overspending.ABSORB).id(),
            setting(w, alice, "Dining", "2026-05", true, Overspending.ABSORB).id(),
            setting(w, alice, "Groceries", "2026-02", true, Overspending.CARRY).id(),
            setting(w, bob, "Dining", "2026-01", true, Overspending.ABSORB).id(),
        });

        fx.categories.merge(alice, TxKind.EXPENSE, "Dining", "Groceries");

        assertEquals(List.of(
                "alice Groceries 2026-02 on carry (" + ids[3] + ")",
                "bob Dining 2026-01 on absorb (" + ids[4] + ")"), settings(),
                "Groceries' own history stands (Dining's stop in March would have stopped it); bob's are his");
        assertEquals(io.finterm.service.BudgetService.Rolling.on(Overspending.CARRY),
                fx.budgets.rolling(alice, "Groceries", YearMonth.of(2026, 4)));
        assertTrue(fx.store.check().ok(), () -> fx.store.check().problems().toString());
    }

    @Test
    void mergingIntoACategoryWithoutRolloverSettingsMovesAllOfTheSources() {
        Session alice = fx.alice();
        long[] ids = fx.store.write(w -> new long[] {
            setting(w, alice, "Dining", "2026-01", true, Overspending.CARRY).id(),
            setting(w, alice, "Dining", "2026-03", false, Overspending.ABSORB).id(),
        });

        fx.categories.merge(alice, TxKind.EXPENSE, "Dining", "Groceries");

        assertEquals(List.of("alice Groceries 2026-01 on carry (" + ids[0] + ")", "alice Groceries 2026-03 off absorb (" + ids[1] + ")"),
                settings());
        assertTrue(fx.store.check().ok(), () -> fx.store.check().problems().toString());
    }

    @Test
    void deletingACategoryTakesItsRolloverSettingsWithItAndLeavesTheOthers() {
        Session alice = fx.alice();
        long kept = fx.store.write(w -> {
            setting(w, alice, "Travel", "2026-01", true, Overspending.CARRY);
            setting(w, alice, "Travel", "2026-04", false, Overspending.ABSORB);
            return setting(w, alice, "Groceries", "2026-01", true, Overspending.ABSORB).id();
        });

        fx.categories.delete(alice, TxKind.EXPENSE, "Travel");

        assertEquals(List.of("alice Groceries 2026-01 on absorb (" + kept + ")"), settings(), "Travel's two settings went with it");
        assertTrue(fx.store.check().ok(), () -> fx.store.check().problems().toString());
    }
}
