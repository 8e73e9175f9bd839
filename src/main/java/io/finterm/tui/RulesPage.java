package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.Plural;
import io.finterm.service.RuleView;
import java.util.List;

/**
 * The user's categorisation rules in the order they are tried (the first that matches a row wins),
 * reached with {@code r} from the Import and Categories screens: {@code a} adds one
 * ({@link RuleFormPage}), {@code d} deletes the selected one after a yes, and {@code K} {@code J}
 * (or Shift-↑ ↓) move it up or down the order. The selected rule shows in full on the last line.
 */
final class RulesPage extends Page {
    private List<RuleView> rules = List.of();
    private int selected;
    private int lastVisible = 10;
    private int top;

    RulesPage(Tui tui) {
        super(tui);
    }

    @Override
    String title() {
        return "Rules";
    }

    @Override
    void shown() {
        rules = tui.services().rules().list(tui.session());
        selected = Math.max(0, Math.min(selected, rules.size() - 1));
    }

    @Override
    boolean key(KeyStroke key) {
        KeyType type = key.getKeyType();
        char c = type == KeyType.Character && !key.isCtrlDown() && !key.isAltDown() ? key.getCharacter() : 0;
        boolean shift = key.isShiftDown();
        switch (type) {
            case ArrowDown -> {
                if (shift) {
                    move(1);
                } else {
                    select(1);
                }
            }
            case ArrowUp -> {
                if (shift) {
                    move(-1);
                } else {
                    select(-1);
                }
            }
            case PageDown -> select(lastVisible);
            case PageUp -> select(-lastVisible);
            case Home -> select(-selected);
            case End -> select(rules.size());
            default -> {
                switch (c) {
                    case 'j' -> select(1);
                    case 'k' -> select(-1);
                    case 'J' -> move(1);
                    case 'K' -> move(-1);
                    case 'a' -> tui.push(new RuleFormPage(tui, null));
                    case 'd' -> delete();
                    default -> {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private void select(int by) {
        selected = Math.max(0, Math.min(rules.size() - 1, selected + by));
    }

    /** Selects the rule {@code ruleId} where it stands now. */
    private void select(long ruleId) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).rule().id() == ruleId) {
                selected = i;
            }
        }
    }

    /** Moves the selected rule {@code by} places in the order, and the selection with it. */
    private void move(int by) {
        if (rules.isEmpty()) {
            return;
        }
        int from = rules.get(selected).position();
        int to = from + by;
        if (to < 1 || to > rules.size()) {
            tui.say(by < 0 ? "rule " + from + " is tried first already" : "rule " + from + " is tried last already");
            return;
        }
        long id = rules.get(selected).rule().id();
        try {
            tui.services().rules().moveRule(tui.session(), id, to); // by id: another session may have changed the order
        } finally {
            shown(); // the order as it is now, also when the move was refused
        }
        select(id);
        tui.say("moved rule " + from + " to " + to + ": " + rules.get(selected).summary());
    }

    private void delete() {
        if (rules.isEmpty()) {
            return;
        }
        RuleView rule = rules.get(selected);
        tui.open(new ConfirmOverlay(tui, "Delete", List.of("Delete rule " + rule.position() + "?", "", rule.summary(), "",
                "The rules after it move up one; rows it filed keep their category."), () -> {
                    try {
                        tui.services().rules().removeRule(tui.session(), rule.rule().id());
                    } finally {
                        shown();
                    }
                    tui.say("deleted rule " + rule.position() + ": " + rule.summary());
                }));
    }

    @Override
    void draw(Painter p) {
        p.text(1, 0, "Rules", Style.TITLE);
        p.text(8, 0, Plural.of(rules.size(), "rule") + ", tried in this order: the first that matches a row files it", Style.MUTED);
        if (rules.isEmpty()) {
            p.wrapped(1, 2, "No rules yet: a adds one, such as payee contains 'rewe' → Groceries. Every import tries them before "
                    + "what your history suggests.", Style.MUTED, 3);
            return;
        }
        // one line per rule, the whole width for its summary: a table's column would cut it at 40 characters
        int height = p.height() - 2 - 3;
        lastVisible = Math.max(1, height - 1);
        top = Math.max(Math.min(top, selected), selected - lastVisible + 1);
        p.text(1, 2, " #  rule", Style.BOLD);
        if (rules.size() > lastVisible) {
            p.right(2, Grid.position(top, Math.min(lastVisible, rules.size() - top), rules.size()) + " ", Style.MUTED);
        }
        for (int i = 0; i < lastVisible && top + i < rules.size(); i++) {
            RuleView r = rules.get(top + i);
            String line = Formats.padLeft(Integer.toString(r.position()), 2) + "  " + r.summary();
            p.text(1, 3 + i, Formats.pad(line, p.width() - 2), top + i == selected ? Style.REVERSE : Style.NORMAL);
        }
        RuleView current = rules.get(selected);
        p.wrapped(1, p.height() - 2, "rule " + current.position() + ": " + current.summary(), Style.MUTED, 2);
    }


    @Override
    List<KeyHelp> keys() {
        return List.of(new KeyHelp("↑ ↓  j k", "move"), new KeyHelp("PgUp PgDn", "a screen up or down"), new KeyHelp("Home End", "first or last"),
                new KeyHelp("a", "add a rule: what to match and where, the amount, the account, the category, tags, a payee to set"),
                new KeyHelp("d", "delete the selected rule (asks first)"),
                new KeyHelp("K J  Shift-↑ ↓", "move the selected rule up or down the order"),
                new KeyHelp("Esc, q", "back"));
    }

    @Override
    String hints() {
        return "a add  d delete  K J move up/down  Esc back";
    }
}
