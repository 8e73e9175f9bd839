package io.finterm.cli;

import io.finterm.analysis.Rollover;
import io.finterm.service.BudgetService;
import java.time.YearMonth;

/** How {@code finterm budget} words a category's rollover: in the confirmation of {@code set} and the column of {@code list}. */
final class BudgetRollovers {
    private BudgetRollovers() {
    }

    /** What was just set from {@code month}: {@code , rolls over from 2026-11 (overspending absorbed)}. */
    static String describe(BudgetService.Rolling rolling, YearMonth month) {
        return rolling.on() ? ", rolls over from " + month + " (" + rolling.overspending().phrase() + ")"
                : ", does not roll over from " + month + " on";
    }

    /** The setting in effect, when the command did not change it; nothing when the category never rolled over. */
    static String describe(Rollover.Setting setting) {
        if (setting == null) {
            return "";
        }
        return setting.on() ? ", rolls over from " + setting.from() + " (" + setting.overspending().phrase() + ")"
                : ", does not roll over (since " + setting.from() + ")";
    }

    /** The list's column: {@code absorb}, {@code carry} or {@code off}. */
    static String word(Rollover.Setting setting) {
        return setting == null || !setting.on() ? "off" : setting.overspending().word();
    }
}
