package io.finterm.store;

import io.finterm.domain.AuditEvent;
import io.finterm.domain.UndoStep;
import java.time.Instant;

/** The codecs of the undo steps, their row images and the audit log (since store format 9). */
final class HistoryCodecs {
    private HistoryCodecs() {
    }

    static final RowCodec<UndoStep> STEP = new RowCodec<>() {
        @Override
        public void write(UndoStep s, RowWriter out) {
            out.varLong(s.userId()).zigZag(s.at().toEpochMilli()).string(s.label())
                    .u8(StoredCodes.stepKind(s.kind())).u8(StoredCodes.stepState(s.state()));
            Codecs.optionalInstant(out, s.stateAt());
            out.varLong(s.importId());
        }

        @Override
        public UndoStep read(long id, RowReader in) {
            long user = in.varLong();
            Instant at = Instant.ofEpochMilli(in.zigZag());
            String label = in.string();
            UndoStep.Kind kind = StoredCodes.stepKind(in.u8());
            UndoStep.State state = StoredCodes.stepState(in.u8());
            return new UndoStep(id, user, at, label, kind, state, Codecs.optionalInstant(in), in.varLong());
        }
    };

    static final RowCodec<StepChange> STEP_CHANGE = new RowCodec<>() {
        @Override
        public void write(StepChange c, RowWriter out) {
            out.varLong(c.stepId()).varLong(c.tableTag()).varLong(c.rowId());
            image(out, c.before());
            image(out, c.after());
        }

        @Override
        public StepChange read(long id, RowReader in) {
            return new StepChange(id, in.varLong(), in.varInt(), in.varLong(), image(in), image(in));
        }
    };

    static final RowCodec<AuditEvent> AUDIT_EVENT = new RowCodec<>() {
        @Override
        public void write(AuditEvent e, RowWriter out) {
            out.zigZag(e.at().toEpochMilli()).string(e.actor()).string(e.user()).string(e.event()).string(e.from())
                    .string(e.detail());
        }

        @Override
        public AuditEvent read(long id, RowReader in) {
            return new AuditEvent(id, Instant.ofEpochMilli(in.zigZag()), in.string(), in.string(), in.string(), in.string(),
                    in.string());
        }
    };

    private static void image(RowWriter out, byte[] row) {
        if (row == null) {
            out.u8(0);
        } else {
            out.u8(1).bytes(row);
        }
    }

    private static byte[] image(RowReader in) {
        int present = in.u8();
        if (present > 1) {
            throw new StoreCorruptException("a step change has an unknown flag " + present);
        }
        return present == 1 ? in.bytes() : null;
    }
}
