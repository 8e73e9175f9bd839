package io.finterm.service;

import io.finterm.domain.ImportProfile;
import io.finterm.format.bank.CsvHead;
import io.finterm.format.bank.CsvOptions;
import io.finterm.format.bank.Layout;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A profile's layout as import options, and the command line's options laid over it (theirs win, role by role). */
final class ProfileOptions {
    /** The order roles are stored and shown in, as {@code --detect} lists them. */
    static final List<String> ROLES = List.of("date", "other-date", "amount", "debit", "credit", "indicator", "payee", "payer", "recipient",
            "description", "currency", "reference", "balance", "category");
    /** Roles that cannot stand beside a given one: the amount is one column or a debit and a credit; the payee one or two sides. */
    private static final Map<String, Set<String>> EXCLUDES = Map.of(
            "amount", Set.of("debit", "credit"),
            "debit", Set.of("amount", "indicator"),
            "credit", Set.of("amount", "indicator"),
            "payee", Set.of("payer", "recipient"),
            "payer", Set.of("payee"),
            "recipient", Set.of("payee"));

    private ProfileOptions() {
    }

    static CsvOptions of(ImportProfile p) {
        Charset charset = p.encoding().isEmpty() ? null : ProfileMatch.charset(p.encoding());
        // Its encoding only for a file that is not UTF-8 (see CsvOptions.fallback): the bank may change to UTF-8.
        return new CsvOptions(p.delimiter(), null, "csv".equals(p.format()) ? p.skip() : null,
                p.dateFormat().isEmpty() ? null : p.dateFormat(), p.decimal(), p.columns(), null, null, p.negate(), charset,
                charset == null ? null : "the profile '" + p.name() + "'");
    }

    /** A layout's roles in {@link #ROLES} order. */
    static Map<String, List<String>> ordered(Map<String, List<String>> map) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String role : ROLES) {
            if (map.containsKey(role)) {
                out.put(role, map.get(role));
            }
        }
        map.forEach(out::putIfAbsent);
        return out;
    }

    /**
     * {@code given} over {@code profile}: each option given wins; a role given replaces the profile's, and takes its
     * columns away from the profile's other roles ({@code header} finds them), so that no column has two roles.
     *
     * @param skip the lines before the header in this file, or {@code null} for the profile's
     */
    static CsvOptions over(CsvOptions profile, CsvOptions given, List<String> header, Integer skip) {
        Map<String, List<String>> roles = new LinkedHashMap<>(given.map());
        if (given.debit() != null) {
            roles.put("debit", List.of(given.debit()));
        }
        if (given.credit() != null) {
            roles.put("credit", List.of(given.credit()));
        }
        List<Integer> taken = new ArrayList<>();
        roles.values().forEach(columns -> columns.forEach(c -> taken.add(CsvHead.column(header, c))));
        Map<String, List<String>> map = new LinkedHashMap<>();
        profile.map().forEach((role, columns) -> {
            if (roles.containsKey(role) || roles.keySet().stream().anyMatch(r -> EXCLUDES.getOrDefault(r, Set.of()).contains(role))) {
                return;
            }
            List<String> kept = columns.stream().filter(c -> !taken.contains(CsvHead.column(header, c)) || CsvHead.column(header, c) < 0)
                    .toList();
            if (!kept.isEmpty()) {
                map.put(role, kept);
            }
        });
        map.putAll(given.map());
        return new CsvOptions(given.delimiter() != null ? given.delimiter() : profile.delimiter(),
                given.encoding() != null ? given.encoding() : profile.encoding(),
                given.skip() != null ? given.skip() : skip != null ? skip : profile.skip(),
                given.dateFormat() != null ? given.dateFormat() : profile.dateFormat(),
                given.decimal() != null ? given.decimal() : profile.decimal(), map, given.debit(), given.credit(),
                given.negate() || profile.negate(), profile.fallback(), profile.fallbackFrom());
    }

    /** The profile a layout makes: {@code id} for {@code user}, into {@code accountId} (0: the default account). */
    static ImportProfile profile(long id, long userId, String name, Layout layout, long accountId) {
        CsvOptions o = layout.options();
        boolean csv = Layout.CSV.equals(layout.format());
        return new ImportProfile(id, userId, name, layout.format(), csv ? o.delimiter() : null, csv ? o.encoding().name() : "",
                csv ? o.skip() : 0, o.dateFormat() == null ? "" : o.dateFormat(), o.decimal(), ordered(o.map()), o.negate(),
                layout.header(), accountId);
    }
}
