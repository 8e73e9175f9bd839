package io.finterm.store;

import io.finterm.domain.ImportProfile;
import io.finterm.domain.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The codecs of the tables that store format 6 added: categorisation rules and import profiles. */
final class RuleCodecs {
    private RuleCodecs() {
    }

    static final RowCodec<Rule> RULE = new RowCodec<>() {
        @Override
        public void write(Rule r, RowWriter out) {
            out.varLong(r.userId()).varLong(r.position()).u8(StoredCodes.ruleField(r.field())).u8(StoredCodes.matchKind(r.match()))
                    .string(r.pattern());
            decimal(out, r.min());
            decimal(out, r.max());
            out.varLong(r.accountId()).varLong(r.categoryId());
            strings(out, r.tags());
            out.string(r.setPayee()).string(r.setDescription());
        }

        @Override
        public Rule read(long id, RowReader in) {
            long user = in.varLong();
            int position = Math.toIntExact(in.varLong());
            return new Rule(id, user, position, StoredCodes.ruleField(in.u8()), StoredCodes.matchKind(in.u8()), in.string(),
                    decimal(in), decimal(in), in.varLong(), in.varLong(), strings(in, "tags"), in.string(), in.string());
        }
    };

    static final RowCodec<ImportProfile> PROFILE = new RowCodec<>() {
        @Override
        public void write(ImportProfile p, RowWriter out) {
            out.varLong(p.userId()).string(p.name()).string(p.format());
            character(out, p.delimiter());
            out.string(p.encoding()).varLong(p.skip()).string(p.dateFormat());
            character(out, p.decimal());
            out.varLong(p.columns().size());
            p.columns().forEach((role, names) -> {
                out.string(role);
                strings(out, names);
            });
            out.u8(p.negate() ? 1 : 0);
            strings(out, p.header());
            out.varLong(p.accountId());
        }

        @Override
        public ImportProfile read(long id, RowReader in) {
            long user = in.varLong();
            String name = in.string();
            String format = in.string();
            Character delimiter = character(in);
            String encoding = in.string();
            int skip = Math.toIntExact(in.varLong());
            String dateFormat = in.string();
            Character decimal = character(in);
            int roles = Codecs.count(in, ImportProfile.MAX_COLUMNS, "profile roles");
            Map<String, List<String>> columns = new LinkedHashMap<>();
            for (int i = 0; i < roles; i++) {
                columns.put(in.string(), strings(in, "profile columns"));
            }
            boolean negate = in.u8() != 0;
            return new ImportProfile(id, user, name, format, delimiter, encoding, skip, dateFormat, decimal, columns, negate,
                    strings(in, "header columns"), in.varLong());
        }
    };

    /** An exact decimal, or {@code null}: its plain text, after a presence byte. */
    private static void decimal(RowWriter out, BigDecimal value) {
        out.u8(value == null ? 0 : 1);
        if (value != null) {
            out.string(value.toPlainString());
        }
    }

    private static BigDecimal decimal(RowReader in) {
        if (in.u8() == 0) {
            return null;
        }
        String text = in.string();
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new StoreCorruptException("a rule's amount bound is not a number: " + text);
        }
    }

    private static void character(RowWriter out, Character c) {
        out.varLong(c == null ? 0 : c + 1L);
    }

    private static Character character(RowReader in) {
        long v = in.varLong();
        if (v < 0 || v > Character.MAX_VALUE + 1L) {
            throw new StoreCorruptException("a profile's character is out of range: " + v);
        }
        return v == 0 ? null : (char) (v - 1);
    }

    private static void strings(RowWriter out, List<String> values) {
        out.varLong(values.size());
        values.forEach(out::string);
    }

    private static List<String> strings(RowReader in, String what) {
        int n = Codecs.count(in, ImportProfile.MAX_COLUMNS, what);
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(in.string());
        }
        return values;
    }
}
