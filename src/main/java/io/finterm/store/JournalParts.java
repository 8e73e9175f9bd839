package io.finterm.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The parts a large write transaction has handed to the journal ahead of its commit
 * ({@link WriteTx#spill()}): appended without a force, counted only once the complete record
 * follows, and cut off again if the transaction fails.
 */
final class JournalParts implements Spiller {
    private final Journal journal;
    private final DiskRoom room;
    private final LongSupplier storeRows;
    private final long startSize;
    private final long startSeq;
    private final List<Long> offsets = new ArrayList<>();
    private boolean sealed;

    /** @param storeRows how many rows the store holds, to judge whether the heap would hold them and these */
    JournalParts(Journal journal, DiskRoom room, LongSupplier storeRows) {
        this.journal = journal;
        this.room = room;
        this.storeRows = storeRows;
        this.startSize = journal.size();
        this.startSeq = journal.lastSeq();
    }

    @Override
    public boolean wanted(long pendingRows) {
        return !offsets.isEmpty() || HeapBudget.spill(storeRows.getAsLong() + pendingRows);
    }

    @Override
    public void write(List<Commit.RowChange> changes) {
        RowWriter record = Journal.newRecord(changes.size() * 48);
        new Commit(0, changes, Map.of(), true).writePayload(record); // the payload holds no number
        append(record);
    }

    @Override
    public void writePayload(byte[] payload) {
        append(Journal.newRecord(payload.length + Journal.TRAILER).raw(payload));
    }

    private void append(RowWriter record) {
        long seq = journal.lastSeq() + 1;
        long at = journal.size();
        room.forRecord(record.size());
        try {
            journal.append(record, seq, false);
        } catch (IOException e) {
            throw new StoreException(DiskRoom.writeFailure(e), e);
        }
        offsets.add(at);
    }

    /** Where each part starts in the journal, in order. */
    List<Long> offsets() {
        return offsets;
    }

    /**
     * Appends {@code commit}, the complete record that makes the parts count, and forces it to disk:
     * the parts are never cut off after this.
     */
    void complete(Commit commit) {
        RowWriter record = Journal.newRecord(64 + commit.changes().size() * 48);
        commit.writePayload(record);
        room.forRecord(record.size());
        try {
            journal.append(record, commit.seq());
        } catch (IOException e) {
            throw new StoreException(DiskRoom.writeFailure(e), e);
        }
        sealed = true;
    }

    /**
     * Cuts the parts off again; a transaction whose complete record was written is never abandoned.
     *
     * @throws IOException when they could not be cut: harmless without a complete record, and a
     *                     restart cuts them, but until then the journal ends in them
     */
    void abandon() throws IOException {
        if (!sealed && !offsets.isEmpty()) {
            journal.truncateTo(startSize, startSeq);
        }
    }
}
