package io.finterm.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Checks the materialized tables against themselves: every row decodes, every index holds exactly
 * the entries its rows imply (in order, unique where declared), every foreign key resolves, and
 * every aggregate equals a recount; {@link LedgerRules} adds what no key can say (transfer pairs, currencies). Iteration is bounded by order checks, so a B-tree whose links
 * cycle is reported instead of looping.
 */
final class IntegrityCheck {
    private static final int MAX_PROBLEMS = 1000;
    private final Tables tables;
    private final List<String> problems = new ArrayList<>();
    private final Map<Table<?>, Map<Long, Object>> rows = new HashMap<>();

    IntegrityCheck(Tables tables) {
        this.tables = tables;
    }

    /** Checks the tables, and reads the whole {@code journal} (if there is one) to check every record. */
    static IntegrityReport withJournal(Tables tables, Journal journal) {
        IntegrityReport tablesReport = new IntegrityCheck(tables).run();
        if (journal == null) {
            return tablesReport;
        }
        List<String> problems = new ArrayList<>(tablesReport.problems());
        try {
            Journal.verify(journal.file(), journal.size());
        } catch (StoreCorruptException e) {
            problems.add(0, e.getMessage());
        } catch (java.io.IOException e) {
            problems.add(0, "the journal " + journal.file() + " could not be read: " + e.getMessage());
        }
        return new IntegrityReport(problems, tablesReport.rowCounts());
    }

    IntegrityReport run() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Table<?> table : Schema.TABLES) {
            counts.put(table.name(), (long) readRows(table).size());
        }
        for (Table<?> table : Schema.TABLES) {
            checkTable(table);
        }
        for (ForeignKey<?, ?> fk : Schema.FOREIGN_KEYS) {
            checkForeignKey(fk);
        }
        new LedgerRules(rows.get(Schema.TRANSACTIONS), rows.get(Schema.ACCOUNTS), this::problem).check();
        return new IntegrityReport(problems, counts);
    }

    private Map<Long, Object> readRows(Table<?> table) {
        Map<Long, Object> decoded = new HashMap<>();
        long previous = Long.MIN_VALUE;
        for (Map.Entry<Long, byte[]> e : tables.rows(table).entrySet()) {
            long id = e.getKey();
            if (id <= previous) {
                problem(table + ": rows are out of order at id " + id + " (after " + previous + ")");
                break;
            }
            previous = id;
            try {
                decoded.put(id, table.codec().decode(id, e.getValue()));
            } catch (RuntimeException ex) {
                problem(table + " row " + id + " cannot be read: " + ex.getMessage());
            }
        }
        rows.put(table, decoded);
        if (tables.count(table) != decoded.size()) {
            problem(table + ": row count says " + tables.count(table) + " but there are " + decoded.size());
        }
        long maxId = decoded.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
        if (tables.nextId(table) <= maxId) {
            problem(table + ": the id sequence (" + tables.nextId(table) + ") is not above the largest id " + maxId);
        }
        return decoded;
    }

    private <T> void checkTable(Table<T> table) {
        Map<Long, Object> tableRows = rows.get(table);
        for (Index<T> index : table.indexes()) {
            checkIndex(index, tableRows);
        }
        for (Aggregate<T> a : table.aggregates()) {
            checkAggregate(a, tableRows);
        }
    }

    private <T> void checkIndex(Index<T> index, Map<Long, Object> tableRows) {
        var order = TupleOrder.INSTANCE;
        NavigableMap<Object[], Object> map = tables.index(index);
        long expectedEntries = 0;
        for (Object row : tableRows.values()) {
            expectedEntries += index.entries(index.table().cast(row)).size();
        }
        long entries = 0;
        Object[] previous = null;
        for (Map.Entry<Object[], Object> entry : map.entrySet()) {
            Object[] e = entry.getKey();
            if (previous != null && order.compare(previous, e) >= 0) {
                problem(index + ": entries are out of order at " + Arrays.toString(e));
                break;
            }
            if (index.unique() && previous != null
                    && Arrays.equals(Arrays.copyOf(previous, e.length - 1), Arrays.copyOf(e, e.length - 1))) {
                problem(index + ": two rows share the unique key " + Arrays.toString(Arrays.copyOf(e, e.length - 1)));
            }
            previous = e;
            entries++;
            long id = TablesReader.primaryKey(e);
            Object row = tableRows.get(id);
            if (row == null) {
                problem(index + ": entry " + Arrays.toString(e) + " names a missing row");
            } else if (index.entries(index.table().cast(row)).stream().noneMatch(own -> Arrays.equals(own, e))) {
                problem(index + ": entry " + Arrays.toString(e) + " does not match row " + id);
            } else if (index.covering() && !Arrays.equals((byte[]) entry.getValue(), tables.rowBytes(index.table(), id))) {
                problem(index + ": the copy of row " + id + " differs from the row");
            }
            if (entries > expectedEntries + 1L) {
                break;
            }
        }
        if (entries != expectedEntries) {
            problem(index + ": has " + entries + " entries for " + tableRows.size() + " rows, which give " + expectedEntries);
        }
        for (Object row : tableRows.values()) {
            for (Object[] expected : index.entries(index.table().cast(row))) {
                if (!map.containsKey(expected)) {
                    problem(index + ": no entry " + Arrays.toString(expected) + " for row " + TablesReader.primaryKey(expected));
                }
            }
        }
    }

    private <T> void checkAggregate(Aggregate<T> a, Map<Long, Object> tableRows) {
        Map<List<Object>, long[]> expected = new HashMap<>();
        for (Object o : tableRows.values()) {
            for (Aggregate.Share share : a.shares(a.table().cast(o))) {
                long[] v = expected.computeIfAbsent(Arrays.asList(share.key()), k -> new long[2]);
                v[0]++;
                v[1] += share.amount();
            }
        }
        Map<List<Object>, long[]> stored = new HashMap<>();
        tables.aggregate(a).forEach((k, v) -> stored.put(Arrays.asList(k), v));
        for (var e : expected.entrySet()) {
            long[] s = stored.get(e.getKey());
            if (s == null || s[0] != e.getValue()[0] || s[1] != e.getValue()[1]) {
                problem(a + " " + e.getKey() + ": stored " + (s == null ? "nothing" : s[0] + " rows, sum " + s[1])
                        + " but the rows give " + e.getValue()[0] + " rows, sum " + e.getValue()[1]);
            }
        }
        for (var key : stored.keySet()) {
            if (!expected.containsKey(key)) {
                problem(a + " " + key + ": stored, but no row gives it");
            }
        }
    }

    private <C, P> void checkForeignKey(ForeignKey<C, P> fk) {
        Map<Long, Object> parents = rows.get(fk.parent());
        rows.get(fk.child()).forEach((id, o) -> {
            C child = fk.child().cast(o);
            for (long parentId : fk.parentIds(child)) {
                Object parent = parents.get(parentId);
                if (parent == null) {
                    problem(fk + ": " + fk.child() + " row " + id + " refers to missing " + fk.parent() + " row " + parentId);
                } else if (!fk.matches(child, fk.parent().cast(parent))) {
                    problem(fk + ": " + fk.child() + " row " + id + " refers to a " + fk.parent() + " row of someone else");
                }
            }
        });
    }

    private void problem(String text) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(text);
        }
    }
}
