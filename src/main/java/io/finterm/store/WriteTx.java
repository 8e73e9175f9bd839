package io.finterm.store;

import io.finterm.domain.UndoStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * One write transaction. Changes are buffered here and every constraint is checked as each change
 * is made, against the committed state plus this transaction's own changes; so a violation throws
 * before anything reaches the journal or the tables, and the transaction leaves no trace.
 * Reads through a WriteTx see its own changes.
 */
public final class WriteTx extends TablesReader {
    private final Map<Table<?>, Map<Long, Object>> written = new HashMap<>();
    private final Map<Table<?>, Set<Long>> deleted = new HashMap<>();
    private final Map<Table<?>, Long> sequences = new LinkedHashMap<>();
    private final Constraints constraints = new Constraints(this);
    private final Spiller spiller;
    private final IdReservations reservations;
    /** Staged rows that go into the commit itself: those of a store without a journal to take parts. */
    private final List<Commit.RowChange> staged = new ArrayList<>();
    private long spilled;
    /** Set when this transaction is an undoable step. */
    private StepRecorder step;

    /**
     * @param spiller takes parts of this transaction ahead of its commit; {@code null} keeps everything in memory
     * @param base the commit this transaction starts from
     * @param reservations the ids reserved for {@link Staging}s, which this transaction skips
     */
    WriteTx(Tables tables, Spiller spiller, long base, IdReservations reservations) {
        super(tables, base);
        this.spiller = spiller;
        this.reservations = reservations;
    }

    @Override
    public long version() {
        throw new IllegalStateException("a write transaction's changes belong to no commit yet");
    }

    /**
     * Hands the new rows inserted so far to the journal, so that a transaction of millions of rows
     * needs no memory for them. Only rows that no constraint looks back at are handed over: new rows
     * (freshly numbered, or put back under an id no committed row has)
     * of tables with no unique index that no foreign key points to (transactions). They stay
     * invisible to everyone until this transaction commits, and are dropped with it if it fails;
     * this transaction itself no longer reads them back. Where the heap has room to spare, the rows
     * stay in memory, which is faster.
     */
    public void spill() {
        if (spiller == null) {
            return;
        }
        long pending = 0;
        for (Table<?> table : Schema.TABLES) {
            if (spillable(table)) {
                pending += written.getOrDefault(table, Map.of()).size();
            }
        }
        if (!spiller.wanted(pending)) {
            return;
        }
        List<Commit.RowChange> part = new ArrayList<>();
        for (Table<?> table : Schema.TABLES) {
            Map<Long, Object> mine = written.get(table);
            if (mine == null || !spillable(table)) {
                continue;
            }
            long firstNew = tables.nextId(table);
            for (var it = mine.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<Long, Object> e = it.next();
                // a row put back under its old id (a redo) is as new as a freshly numbered one: nothing committed has it
                if (e.getKey() >= firstNew || tables.rowBytes(table, e.getKey()) == null) {
                    part.add(new Commit.RowChange(table, e.getKey(), encode(table, e.getValue()), null));
                    it.remove();
                }
            }
        }
        if (!part.isEmpty()) {
            if (step != null) {
                part.addAll(step.imagesOf(this, List.copyOf(part)));
            }
            spiller.write(part);
            spilled += part.size();
        }
    }

    /** Whether rows of {@code table} may leave the transaction ahead of its commit: no constraint looks back at them. */
    static boolean spillable(Table<?> table) {
        return table.indexes().stream().noneMatch(Index::unique)
                && Schema.FOREIGN_KEYS.stream().noneMatch(fk -> fk.parent() == table);
    }

    private static <T> byte[] encode(Table<T> table, Object row) {
        return table.codec().encode(table.cast(row));
    }

    /** How many rows went to the journal through {@link #spill()}. */
    long spilled() {
        return spilled;
    }

    /**
     * Makes this transaction one undoable step of {@code userId}'s ({@link StepRecorder}); a later call
     * says better what it did. A transaction that changes nothing is no step.
     *
     * @param label what it did, as the status line says after "Undid: "
     */
    public void recordStep(long userId, UndoStep.Kind kind, String label, Instant at) {
        if (step == null) {
            step = new StepRecorder(userId, kind, label, at);
        } else {
            step.relabel(userId, kind, label);
        }
    }

    /** Says that the step brings in the staged rows of import {@code importId}: they get no images now. */
    public void recordImport(long importId) {
        if (step == null) {
            throw new IllegalStateException("record the step before its import");
        }
        step.importing(importId);
    }

    /** Adds the step's rows, just before the commit. */
    void finishStep() {
        if (step != null) {
            step.finish(this, spilled > 0);
        }
    }

    /** The first row that still refers to {@code row}, in words ("transaction 12 (2026-11-01 'Rent')"), or {@code null}. */
    String firstChild(Table<?> table, Object row) {
        return constraints.firstChild(table, row);
    }

    /** This transaction's own new and replaced rows of {@code table}, and the ids it deletes. */
    Map<Long, Object> writtenRows(Table<?> table) {
        return written.getOrDefault(table, Map.of());
    }

    Set<Long> deletedIds(Table<?> table) {
        return deleted.getOrDefault(table, Set.of());
    }

    /** Reads of the state this transaction started from, without its own changes: cheap at any size. */
    public ReadTx committed() {
        return new TablesReader(tables, super.version());
    }

    /** Draws the next primary key of {@code table}. */
    public long nextId(Table<?> table) {
        long next = sequences.computeIfAbsent(table, this::firstFreeId);
        sequences.put(table, next + 1);
        return next;
    }

    /** Adds a new row; its primary key must not be in use. */
    public <T> T insert(Table<T> table, T row) {
        long id = table.id(row);
        // An id at or above the committed sequence cannot be in the tables, only in this transaction.
        boolean maybeCommitted = id < tables.nextId(table);
        if (maybeCommitted ? get(table, id).isPresent() : ownRow(table, id) != null) {
            throw new UniqueViolation(table.name() + ".id", table.name() + " already has a row " + id);
        }
        constraints.checkUnique(table, row, id);
        constraints.checkParents(table, row);
        put(table, id, row);
        advanceSequence(table, id + 1);
        return row;
    }

    /** Makes sure that the ids this transaction draws, and the sequence it commits, start at {@code next} or later. */
    void advanceSequence(Table<?> table, long next) {
        if (next > sequences.computeIfAbsent(table, this::firstFreeId)) {
            sequences.put(table, next);
        }
    }

    private long firstFreeId(Table<?> table) {
        return reservations.firstFree(tables, table);
    }

    /** Reserves {@code n} ids of {@code table} for a staging: every writer after this one skips them. */
    Staging.Reserved reserve(Table<?> table, long n) {
        return reservations.reserve(tables, table, n);
    }

    /** Gives back the ids of {@code blocks} never drawn, where nobody reserved after them. */
    void release(List<Staging.Reserved> blocks) {
        reservations.release(blocks);
    }

    /** Checks that the parents {@code row} names exist, here or committed, and are its owner's. */
    <T> void checkParents(Table<T> table, T row) {
        constraints.checkParents(table, row);
    }

    /** Whether a committed row of {@code table} has an id in {@code [from, to)}. */
    boolean committedRowIn(Table<?> table, long from, long to) {
        Long id = tables.rows(table).ceilingKey(from);
        return id != null && id < to;
    }

    /**
     * Adds a part of rows staged ahead ({@link Staging}) to this transaction: to the journal as a part
     * record now, or, without a journal, to the commit. Nothing checks these rows again: the staging
     * encoded valid rows under reserved ids, and the caller re-checked what they point to.
     */
    void addStagedPart(byte[] payload, int rows) {
        if (spiller != null) {
            spiller.writePayload(payload);
            spilled += rows;
        } else {
            staged.addAll(Commit.decode(0, payload, 0, payload.length).changes());
        }
    }

    /** Replaces an existing row with a new version that has the same primary key. */
    public <T> T update(Table<T> table, T row) {
        long id = table.id(row);
        T old = get(table, id).orElseThrow(() -> new RowNotFound(table.name(), id));
        constraints.checkUnique(table, row, id);
        constraints.checkParents(table, row);
        constraints.checkKeptChildren(table, old, row);
        put(table, id, row);
        return row;
    }

    /**
     * Deletes a row. Children under a CASCADE key are deleted too (children first); children under a
     * RESTRICT key that remain after the cascades refuse the delete.
     *
     * @return whether the row existed
     */
    public <T> boolean delete(Table<T> table, long id) {
        Optional<T> old = get(table, id);
        if (old.isEmpty()) {
            return false;
        }
        Map<Long, Object> mine = written.get(table);
        if (mine != null) {
            mine.remove(id);
        }
        deleted.computeIfAbsent(table, t -> new HashSet<>()).add(id);
        for (ForeignKey<?, ?> fk : Constraints.referencing(table)) {
            if (fk.onDelete() == OnDelete.CASCADE) {
                for (long child : constraints.childIds(fk, old.get())) {
                    delete(fk.child(), child);
                }
            }
        }
        constraints.checkNoRestrictedChildren(table, id, old.get());
        return true;
    }

    private Object ownRow(Table<?> table, long id) {
        Map<Long, Object> w = written.get(table);
        return w == null ? null : w.get(id);
    }

    private <T> void put(Table<T> table, long id, T row) {
        Set<Long> gone = deleted.get(table);
        if (gone != null) {
            gone.remove(id);
        }
        written.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(id, row);
    }

    boolean touched(Table<?> table, long id) {
        Map<Long, Object> w = written.get(table);
        if (w != null && w.containsKey(id)) {
            return true;
        }
        Set<Long> d = deleted.get(table);
        return d != null && d.contains(id);
    }

    // Reads that see this transaction's own changes.

    @Override
    public <T> Optional<T> get(Table<T> table, long id) {
        Map<Long, Object> w = written.get(table);
        if (w != null && w.containsKey(id)) {
            return Optional.of(table.cast(w.get(id)));
        }
        Set<Long> d = deleted.get(table);
        if (d != null && d.contains(id)) {
            return Optional.empty();
        }
        return super.get(table, id);
    }

    @Override
    public <T> Page<T> scan(Index<T> index, KeyRange range, Paging paging) {
        return page(entries(index, range, paging), paging, e -> e, e -> lookUp(index, e));
    }

    @Override
    Iterator<Object[]> entries(Index<?> index, KeyRange range, Paging paging) {
        return entriesOf(index, range, paging);
    }

    /** A row as committed, without this transaction's changes. */
    <T> Optional<T> committedRow(Table<T> table, long id) {
        return super.get(table, id);
    }

    private <T> Iterator<Object[]> entriesOf(Index<T> index, KeyRange range, Paging paging) {
        Table<T> table = index.table();
        Comparator<Object[]> order = paging.descending() ? TupleOrder.INSTANCE.reversed() : TupleOrder.INSTANCE;
        Iterator<Object[]> base = super.entries(index, range, paging);
        Map<Long, Object> mine = written.getOrDefault(table, Map.of());
        if (mine.isEmpty() && deleted.getOrDefault(table, Set.of()).isEmpty()) {
            return base;
        }
        List<Object[]> own = new ArrayList<>();
        for (Object row : mine.values()) {
            for (Object[] e : index.entries(table.cast(row))) {
                if (range.contains(e) && (paging.after() == null || order.compare(e, paging.after()) > 0)) {
                    own.add(e);
                }
            }
        }
        own.sort(order);
        return EntryIterators.merge(EntryIterators.filter(base, e -> !touched(table, primaryKey(e))), own.iterator(), order);
    }

    @Override
    public <T> void forEach(Table<T> table, Consumer<? super T> action) {
        TreeMap<Long, T> own = new TreeMap<>();
        written.getOrDefault(table, Map.of()).forEach((id, row) -> own.put(id, table.cast(row)));
        Iterator<Map.Entry<Long, T>> mine = own.entrySet().iterator();
        Map.Entry<Long, T> next = mine.hasNext() ? mine.next() : null;
        for (Map.Entry<Long, byte[]> e : tables.rows(table).entrySet()) {
            while (next != null && next.getKey() < e.getKey()) {
                action.accept(next.getValue());
                next = mine.hasNext() ? mine.next() : null;
            }
            if (!touched(table, e.getKey())) {
                action.accept(table.codec().decode(e.getKey(), e.getValue()));
            }
        }
        while (next != null) {
            action.accept(next.getValue());
            next = mine.hasNext() ? mine.next() : null;
        }
    }

    @Override
    public long count(Table<?> table) {
        long n = tables.count(table);
        for (long id : written.getOrDefault(table, Map.of()).keySet()) {
            if (tables.rowBytes(table, id) == null) {
                n++;
            }
        }
        for (long id : deleted.getOrDefault(table, Set.of())) {
            if (tables.rowBytes(table, id) != null) {
                n--;
            }
        }
        return n;
    }

    @Override
    public List<AggregateRow> aggregate(Aggregate<?> aggregate, KeyRange range) {
        throw new UnsupportedOperationException("aggregates are read outside write transactions");
    }

    boolean isEmpty() {
        return written.values().stream().allMatch(Map::isEmpty)
                && deleted.values().stream().allMatch(Set::isEmpty)
                && sequences.isEmpty() && spilled == 0 && staged.isEmpty();
    }

    /** The rows staged into the commit itself (a store without a journal), and the sequences this transaction drew. */
    List<Commit.RowChange> stagedRows() {
        return staged;
    }

    Map<Table<?>, Long> drawnSequences() {
        return sequences;
    }
}
