package io.finterm.analysis;

import io.finterm.analysis.RecurringFinder.Found;
import io.finterm.analysis.RecurringFinder.Payment;
import io.finterm.domain.RecurrenceWords;
import io.finterm.domain.Schedule;
import io.finterm.domain.Text;
import io.finterm.domain.TextFold;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Names for the series {@link RecurringFinder} found, as a schedule made from one is called: the payee, or the
 * description without its references; unique within the list (as schedules' names are, without case), since a
 * person accepts a series by its name.
 */
final class FoundNames {
    private FoundNames() {
    }

    /** The payee as the latest payment spelt it, or its description without the words that hold a digit. */
    static String shown(Payment latest) {
        String payee = Text.clean(latest.payee()).replaceAll("\\s+", " ");
        if (!payee.isEmpty()) {
            return fit(payee);
        }
        String description = Text.clean(latest.description());
        StringBuilder name = new StringBuilder();
        for (String word : description.split("\\s+")) {
            if (!word.isEmpty() && word.chars().noneMatch(Character::isDigit)) {
                name.append(name.length() == 0 ? "" : " ").append(word);
            }
        }
        return fit(name.length() == 0 ? description : name.toString());
    }

    /**
     * The series' description, as a schedule made from it books it: the latest payment's where every payment has the same
     * one; otherwise only the latest's words that every payment's description has, so that what varies (a reference
     * number: {@code Yoga class 4078}, {@code PAYPAL *SPOTIFY 25313507023}) is not on every booking to come; the name
     * found when no word is common to all and there is no payee to tell who it is.
     */
    static String description(List<Payment> group, int[] members, String name) {
        Payment latest = group.get(members[members.length - 1]);
        String text = latest.description() == null ? "" : latest.description();
        List<Set<String>> words = new ArrayList<>();
        boolean same = true;
        for (int m : members) {
            String d = group.get(m).description() == null ? "" : group.get(m).description();
            same &= d.equals(text);
            words.add(new HashSet<>(List.of(TextFold.fold(d).strip().split("\\s+"))));
        }
        if (same) {
            return text;
        }
        StringBuilder common = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String w = TextFold.fold(word);
            if (!word.isEmpty() && words.stream().allMatch(ws -> ws.contains(w))) {
                common.append(common.length() == 0 ? "" : " ").append(word);
            }
        }
        return common.length() > 0 || !Text.clean(latest.payee()).isBlank() ? common.toString() : name;
    }

    /**
     * The series sorted by name, each name unique without case: where two share one (Amazon's monthly Prime and its
     * yearly fee), each says its rhythm, then its account, then both, and a number as the last resort.
     */
    static List<Found> unique(List<Found> found) {
        List<Function<Found, String>> ways = List.of(
                f -> f.name() + " (" + RecurrenceWords.rhythm(f.rule(), f.weekend()).split(" on ")[0] + ")",
                f -> f.name() + " (" + Text.clean(f.account()) + ")",
                f -> f.name() + " (" + RecurrenceWords.rhythm(f.rule(), f.weekend()).split(" on ")[0] + ", "
                        + Text.clean(f.account()) + ")");
        Map<String, List<Found>> byName = new HashMap<>();
        found.forEach(f -> byName.computeIfAbsent(Schedule.fold(f.name()), k -> new ArrayList<>()).add(f));
        Set<String> taken = new HashSet<>();
        byName.forEach((k, same) -> {
            if (same.size() == 1) {
                taken.add(k);
            }
        });
        List<Found> out = new ArrayList<>();
        for (List<Found> same : byName.values()) {
            if (same.size() == 1) {
                out.add(same.get(0));
                continue;
            }
            same.sort(Comparator.comparing(Found::first).thenComparing(Found::last));
            Function<Found, String> way = ways.stream().filter(w -> distinct(same, w, taken)).findFirst().orElse(null);
            for (Found f : same) {
                String name = way == null ? f.name() : fit(way.apply(f));
                for (int n = 2; !taken.add(Schedule.fold(name)); n++) {
                    String number = " " + n;
                    name = fit(f.name().substring(0, Math.min(f.name().length(), Schedule.MAX_NAME - number.length()))) + number;
                }
                out.add(renamed(f, name));
            }
        }
        out.sort(Comparator.comparing(Found::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Found::name));
        return out;
    }

    private static boolean distinct(List<Found> same, Function<Found, String> way, Set<String> taken) {
        Set<String> names = new HashSet<>();
        for (Found f : same) {
            String name = Schedule.fold(fit(way.apply(f)));
            if (taken.contains(name) || !names.add(name)) {
                return false;
            }
        }
        return true;
    }

    /** A name short enough for a schedule's: a long one loses its end, never its start. */
    private static String fit(String name) {
        return name.length() <= Schedule.MAX_NAME ? name : name.substring(0, Schedule.MAX_NAME).strip();
    }

    private static Found renamed(Found f, String name) {
        return new Found(name, f.kind(), f.accountId(), f.account(), f.category(), f.payee(), f.description(), f.amount(),
                f.approximate(), f.rule(), f.first(), f.last(), f.times(), f.next(), f.transactionIds(), f.weekend());
    }
}
