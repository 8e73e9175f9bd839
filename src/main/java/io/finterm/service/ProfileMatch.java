package io.finterm.service;

import io.finterm.domain.FintermException;
import io.finterm.domain.ImportProfile;
import io.finterm.domain.Text;
import io.finterm.format.bank.CsvHead;
import io.finterm.format.bank.CsvOptions;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a CSV profile's header is in a file: the line it is on (a bank may add a title line), and its names.
 * Chosen automatically only when the line equals the saved header; by name, when it has every column the profile reads.
 */
record ProfileMatch(ImportProfile profile, List<String> header, int skip) {
    /** How many of a header's names a refusal shows. */
    private static final int SHOWN = 20;

    /** The one profile whose saved header is a line of the file, or none; two are refused, naming {@code --profile}. */
    static Optional<ProfileMatch> auto(List<ImportProfile> csv, CsvHead head, String file) {
        List<ProfileMatch> found = all(csv, head);
        if (found.size() > 1) {
            List<String> names = found.stream().map(m -> "'" + m.profile().name() + "'").toList();
            throw new FintermException("the header of " + file + " matches the profiles " + String.join(" and ", names)
                    + ": choose one with --profile NAME");
        }
        return found.stream().findFirst();
    }

    /** Every profile of {@code csv} whose saved header is a line of the file. */
    static List<ProfileMatch> all(List<ImportProfile> csv, CsvHead head) {
        Map<String, List<List<String>>> split = new HashMap<>();
        List<ProfileMatch> found = new ArrayList<>();
        for (ImportProfile p : csv) {
            Charset read = head.charset(charset(p.encoding()));
            List<List<String>> lines = split.computeIfAbsent(read.name() + "\u0000" + p.delimiter(), k -> head.lines(read, p.delimiter()));
            List<String> header = p.header().stream().map(n -> Text.clean(n).strip()).toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).equals(header)) {
                    found.add(new ProfileMatch(p, lines.get(i), i));
                    break;
                }
            }
        }
        return found;
    }

    /**
     * The line of the file that has every column profile {@code p} reads (less the roles {@code given} replaces): its
     * saved line when it does, else the first that does. Refused, naming the missing columns and the file's header, when none does.
     */
    static ProfileMatch named(ImportProfile p, CsvHead head, CsvOptions given, String file) {
        CsvOptions mine = ProfileOptions.over(ProfileOptions.of(p), given, List.of(), null);
        List<String> needed = new ArrayList<>();
        mine.map().forEach((role, columns) -> {
            if (!given.map().containsKey(role)) {
                needed.addAll(columns);
            }
        });
        char separator = given.delimiter() != null ? given.delimiter() : p.delimiter();
        List<List<String>> lines = head.lines(given.encoding() != null ? given.encoding() : head.charset(charset(p.encoding())), separator);
        if (lines.isEmpty()) {
            throw new FintermException("--profile " + p.name() + ": " + file + " is empty");
        }
        List<Integer> order = new ArrayList<>();
        if (given.skip() != null) {
            order.add(given.skip());
        } else {
            order.add(p.skip());
            for (int i = 0; i < lines.size(); i++) {
                order.add(i);
            }
        }
        int best = -1;
        List<String> bestMissing = null;
        for (int i : order) {
            if (i < 0 || i >= lines.size() || lines.get(i).size() < 2 && best >= 0) {
                continue;
            }
            List<String> missing = missing(lines.get(i), needed);
            if (missing.isEmpty() && lines.get(i).size() >= 2) {
                return new ProfileMatch(p, lines.get(i), i);
            }
            if (bestMissing == null || missing.size() < bestMissing.size()) {
                best = i;
                bestMissing = missing;
            }
        }
        if (best < 0) {
            throw new FintermException("--profile " + p.name() + ": " + file + " has no line " + (given.skip() + 1) + " (--skip " + given.skip() + ")");
        }
        throw new FintermException("--profile " + p.name() + ": " + file + " has no column " + String.join(", ", quoted(bestMissing))
                + " (its header, line " + (best + 1) + ", has " + String.join(", ", shown(lines.get(best))) + ")");
    }

    private static List<String> missing(List<String> header, List<String> needed) {
        return needed.stream().filter(c -> CsvHead.column(header, c) < 0).toList();
    }

    private static List<String> quoted(List<String> names) {
        return names.stream().map(n -> "'" + Text.clean(n) + "'").toList();
    }

    private static List<String> shown(List<String> header) {
        List<String> names = new ArrayList<>(quoted(header.subList(0, Math.min(SHOWN, header.size()))));
        if (header.size() > SHOWN) {
            names.add("and " + (header.size() - SHOWN) + " more");
        }
        return names;
    }

    static Charset charset(String encoding) {
        try {
            return Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            throw new FintermException("the profile's encoding '" + Text.clean(encoding) + "' is not one this Java knows");
        }
    }
}
