package io.finterm.format;

import static io.finterm.format.BackupRecords.id;
import static io.finterm.format.BackupRecords.list;
import static io.finterm.format.BackupRecords.optional;
import static io.finterm.format.BackupRecords.text;

import io.finterm.domain.ImportProfile;
import io.finterm.domain.MatchKind;
import io.finterm.domain.Rule;
import io.finterm.domain.RuleField;
import io.finterm.domain.Text;
import io.finterm.domain.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of version 5, a user's categorisation rules and import profiles, read from their
 * fields ({@link Backup} gives the layout). Their references are checked by {@link BackupReferences}.
 */
final class BackupRuleRecords {
    private BackupRuleRecords() {
    }

    static Rule rule(Map<String, Object> f) {
        return new Rule(id(f, "id"), id(f, "user"), Math.toIntExact(id(f, "position")), RuleField.of(text(f, "field")),
                match(text(f, "match")), text(f, "pattern"), decimal(f, "min"), decimal(f, "max"), id(f, "account"),
                id(f, "category"), BackupRecords.tags(f), optional(f, "setPayee", ""), optional(f, "setDescription", ""));
    }

    static ImportProfile profile(Map<String, Object> f) {
        return new ImportProfile(id(f, "id"), id(f, "user"), text(f, "name"), text(f, "format"), character(f, "delimiter"),
                optional(f, "encoding", ""), Math.toIntExact(id(f, "skip")), optional(f, "dateFormat", ""), character(f, "decimal"),
                columns(f), BackupRecords.flag(f, "negate"), words(f, "header"), id(f, "account"));
    }

    private static MatchKind match(String label) {
        for (MatchKind k : MatchKind.values()) {
            if (k.label().equals(label)) {
                return k;
            }
        }
        throw new ValidationException("match", "'" + Text.clean(label) + "' is not one of text, word, regex");
    }

    private static BigDecimal decimal(Map<String, Object> f, String key) {
        String v = optional(f, key, null);
        try {
            return v == null ? null : new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new ValidationException(key, "'" + Text.clean(v) + "' is not a number");
        }
    }

    private static Character character(Map<String, Object> f, String key) {
        String v = optional(f, key, null);
        if (v == null) {
            return null;
        }
        if (v.length() != 1) {
            throw new ValidationException(key, "'" + Text.clean(v) + "' is not one character");
        }
        return v.charAt(0);
    }

    private static List<String> words(Map<String, Object> f, String key) {
        List<String> words = new ArrayList<>();
        for (Object item : list(f, key)) {
            if (!(item instanceof String word)) {
                throw new ValidationException(key, "holds something that is not a column's name");
            }
            words.add(word);
        }
        return words;
    }

    /**
     * A profile's columns: one record for each column a role reads, in order
     * ({@code {"role":"amount","column":"Soll"}}), and a record without a column for a role that reads none.
     */
    private static Map<String, List<String>> columns(Map<String, Object> f) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        List<?> items = list(f, "columns");
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Map<?, ?> raw)) {
                throw new ValidationException("columns[" + i + "]", "is not a record of role and column");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) raw;
            try {
                List<String> names = columns.computeIfAbsent(text(item, "role"), r -> new ArrayList<>());
                String column = optional(item, "column", null);
                if (column != null) {
                    names.add(column);
                }
            } catch (ValidationException e) {
                throw new ValidationException("columns[" + i + "]." + e.field(), e.reason());
            }
        }
        return columns;
    }
}
