package io.finterm.cli;

import io.finterm.analysis.Rollover;
import io.finterm.domain.Overspending;
import io.finterm.service.BudgetService;
import io.finterm.service.RolloverLine;
import java.time.YearMonth;
import java.util.List;

/** How {@code finterm budget} words a category's rollover: in the confirmation of {@code set} and the column of {@code list}. */
final class BudgetRollovers {
    private BudgetRollovers() {
    }

    /** The setting of {@code category} in effect at {@code month} among the user's {@code settings}, or null (off). */
    static Rollover.Setting inEffect(List<RolloverLine> settings, String category, YearMonth month) {
        List<Rollover.Setting> own = settings.stream().filter(r -> r.category().equals(category))
                .map(r -> new Rollover.Setting(r.from(), r.on(), r.overspending())).toList();
        return Rollover.inEffect(own, month);
    }

    /** What was just set from {@code month}: {@code , rolls over from 2026-11 (overspending absorbed)}. */
    static String describe(BudgetService.Rolling rolling, YearMonth month) {
        return rolling.on() ? ", rolls over from " + month + " (" + overspending(rolling.overspending()) + ")"
                : ", does not roll over from " + month + " on";
    }

    /** The setting in effect, when the command did not change it; nothing when the category never rolled over. */
    static String describe(Rollover.Setting setting) {
        if (setting == null) {
            return "";
        }
        return setting.on() ? ", rolls over from " + setting.from() + " (" + overspending(setting.overspending()) + ")"
                : ", does not roll over (since " + setting.from() + ")";
    }

    /** The list's column: {@code absorb}, {@code carry} or {@code off}. */
    static String word(Rollover.Setting setting) {
        return setting == null || !setting.on() ? "off" : setting.overspending().word();
    }

    private static String overspending(Overspending o) {
        return o == Overspending.CARRY ? "overspending carried" : "overspending absorbed";
    }
}
