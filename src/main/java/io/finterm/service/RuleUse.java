package io.finterm.service;

import io.finterm.domain.ImportProfile;
import io.finterm.domain.Rule;
import io.finterm.domain.Schedule;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * What still names a category or an account, for the refusal to delete it: the store would refuse too
 * (its foreign keys restrict), but only a sentence that names the rules, profiles and schedules says what to do.
 */
final class RuleUse {
    private RuleUse() {
    }

    /** {@code rules 2 and 5 use it} for the rules that file into category {@code categoryId}; {@code ""} for none. */
    static String ofCategory(ReadTx rd, long userId, long categoryId) {
        return rules(rd.scan(Schema.RULES_BY_CATEGORY, KeyRange.prefix(userId, categoryId), Paging.all()).rows());
    }

    /**
     * The rules, import profiles and schedules that name account {@code accountId}, and the commands that remove them (only those that
     * apply: a profile alone is not removed with {@code rules remove}), as a phrase; {@code ""} for none.
     */
    static String ofAccount(ReadTx rd, long userId, long accountId) {
        List<String> users = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        List<Rule> ruleRows = rd.scan(Schema.RULES_BY_ACCOUNT, KeyRange.prefix(userId, accountId), Paging.all()).rows();
        if (!ruleRows.isEmpty()) {
            users.add(rules(ruleRows));
            commands.add("finterm rules remove N");
        }
        List<String> profiles = rd.scan(Schema.PROFILES_BY_ACCOUNT, KeyRange.prefix(userId, accountId), Paging.all()).rows().stream()
                .map(ImportProfile::name).sorted(String.CASE_INSENSITIVE_ORDER).map(n -> "'" + n + "'").toList();
        if (!profiles.isEmpty()) {
            users.add((profiles.size() == 1 ? "the import profile " : "the import profiles ") + and(profiles));
            commands.add("finterm profile delete NAME");
        }
        List<Schedule> scheduleRows = rd.scan(Schema.SCHEDULES_BY_ACCOUNT, KeyRange.prefix(userId, accountId), Paging.all()).rows();
        if (!scheduleRows.isEmpty()) {
            users.add(schedules(scheduleRows));
            commands.add("finterm schedule delete NAME");
        }
        if (users.isEmpty()) {
            return "";
        }
        boolean one = ruleRows.size() + profiles.size() + scheduleRows.size() == 1;
        return String.join(" and ", users) + "; remove " + (one ? "it" : "them") + " first (" + String.join(", ", commands) + ")";
    }

    /** {@code the schedule Rent}, {@code the schedules Gym and Rent}; {@code ""} for none. */
    static String schedules(List<Schedule> schedules) {
        if (schedules.isEmpty()) {
            return "";
        }
        List<String> names = schedules.stream().map(Schedule::name).sorted(String.CASE_INSENSITIVE_ORDER).toList();
        return (names.size() == 1 ? "the schedule " : "the schedules ") + and(names);
    }

    private static String rules(List<Rule> rules) {
        if (rules.isEmpty()) {
            return "";
        }
        List<String> positions = rules.stream().mapToInt(Rule::position).sorted().mapToObj(Integer::toString).toList();
        return (positions.size() == 1 ? "rule " : "rules ") + and(positions);
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    private static String and(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
