package io.finterm.store;

import io.finterm.domain.AccountType;
import io.finterm.domain.Frequency;
import io.finterm.domain.MatchKind;
import io.finterm.domain.OccurrenceState;
import io.finterm.domain.Overspending;
import io.finterm.domain.RuleField;
import io.finterm.domain.Role;
import io.finterm.domain.TxKind;
import io.finterm.domain.TxStatus;
import io.finterm.domain.UndoStep;
import io.finterm.domain.WeekendPolicy;
import java.time.DayOfWeek;

/**
 * The permanent numbers that stand for enum values on disk, in rows and in index and aggregate
 * keys. They are spelled out rather than taken from {@code ordinal()}, so that reordering or
 * inserting a constant can never remap stored data; a new constant needs a new, never-used code
 * here, or this class does not compile. Never renumber or reuse a code.
 */
public final class StoredCodes {
    private StoredCodes() {
    }

    static int role(Role role) {
        return switch (role) {
            case USER -> 0;
            case ADMIN -> 1;
        };
    }

    static Role role(int code) {
        return switch (code) {
            case 0 -> Role.USER;
            case 1 -> Role.ADMIN;
            default -> throw unknown(code, "role");
        };
    }

    /** The code of a kind, as it stands in keys. */
    public static long kind(TxKind kind) {
        return switch (kind) {
            case INCOME -> 0;
            case EXPENSE -> 1;
            case TRANSFER_OUT -> 2;
            case TRANSFER_IN -> 3;
        };
    }

    static TxKind kind(long code) {
        if (code == 0) {
            return TxKind.INCOME;
        }
        if (code == 1) {
            return TxKind.EXPENSE;
        }
        if (code == 2) {
            return TxKind.TRANSFER_OUT;
        }
        if (code == 3) {
            return TxKind.TRANSFER_IN;
        }
        throw unknown(code, "transaction type");
    }

    static int accountType(AccountType type) {
        return switch (type) {
            case CHECKING -> 0;
            case SAVINGS -> 1;
            case CREDIT -> 2;
            case CASH -> 3;
            case LOAN -> 4;
            case INVESTMENT -> 5;
            case OTHER -> 6;
        };
    }

    static AccountType accountType(int code) {
        for (AccountType t : AccountType.values()) {
            if (accountType(t) == code) {
                return t;
            }
        }
        throw unknown(code, "account type");
    }

    static int status(TxStatus status) {
        return switch (status) {
            case UNCLEARED -> 0;
            case CLEARED -> 1;
            case RECONCILED -> 2;
        };
    }

    static TxStatus status(int code) {
        return switch (code) {
            case 0 -> TxStatus.UNCLEARED;
            case 1 -> TxStatus.CLEARED;
            case 2 -> TxStatus.RECONCILED;
            default -> throw unknown(code, "transaction status");
        };
    }

    private static StoreCorruptException unknown(long code, String what) {
        return new StoreCorruptException("stored value " + code + " is not a known " + what);
    }

    static int ruleField(RuleField field) {
        return switch (field) {
            case PAYEE -> 0;
            case DESCRIPTION -> 1;
            case ANY -> 2;
        };
    }

    static RuleField ruleField(int code) {
        for (RuleField f : RuleField.values()) {
            if (ruleField(f) == code) {
                return f;
            }
        }
        throw unknown(code, "rule field");
    }

    static int matchKind(MatchKind kind) {
        return switch (kind) {
            case TEXT -> 0;
            case WORD -> 1;
            case REGEX -> 2;
        };
    }

    static MatchKind matchKind(int code) {
        for (MatchKind k : MatchKind.values()) {
            if (matchKind(k) == code) {
                return k;
            }
        }
        throw unknown(code, "match kind");
    }

    static int frequency(Frequency f) {
        return switch (f) {
            case DAY -> 0;
            case WEEK -> 1;
            case MONTH -> 2;
            case YEAR -> 3;
        };
    }

    static Frequency frequency(int code) {
        for (Frequency f : Frequency.values()) {
            if (frequency(f) == code) {
                return f;
            }
        }
        throw unknown(code, "schedule frequency");
    }

    static int weekend(WeekendPolicy p) {
        return switch (p) {
            case KEEP -> 0;
            case BEFORE -> 1;
            case AFTER -> 2;
        };
    }

    static WeekendPolicy weekend(int code) {
        for (WeekendPolicy p : WeekendPolicy.values()) {
            if (weekend(p) == code) {
                return p;
            }
        }
        throw unknown(code, "weekend policy");
    }

    static int occurrenceState(OccurrenceState s) {
        return switch (s) {
            case POSTED -> 0;
            case SKIPPED -> 1;
            case LINKED -> 2;
            case CHANGED -> 3;
        };
    }

    static OccurrenceState occurrenceState(int code) {
        for (OccurrenceState s : OccurrenceState.values()) {
            if (occurrenceState(s) == code) {
                return s;
            }
        }
        throw unknown(code, "occurrence state");
    }

    static int overspending(Overspending o) {
        return switch (o) {
            case ABSORB -> 0;
            case CARRY -> 1;
        };
    }

    static Overspending overspending(int code) {
        for (Overspending o : Overspending.values()) {
            if (overspending(o) == code) {
                return o;
            }
        }
        throw unknown(code, "overspending");
    }

    static int stepKind(UndoStep.Kind kind) {
        return switch (kind) {
            case CHANGE -> 1;
            case CATCH_UP -> 2;
        };
    }

    static UndoStep.Kind stepKind(int code) {
        for (UndoStep.Kind k : UndoStep.Kind.values()) {
            if (stepKind(k) == code) {
                return k;
            }
        }
        throw unknown(code, "step kind");
    }

    static int stepState(UndoStep.State state) {
        return switch (state) {
            case DONE -> 1;
            case UNDONE -> 2;
            case DISCARDED -> 3;
        };
    }

    static UndoStep.State stepState(int code) {
        for (UndoStep.State s : UndoStep.State.values()) {
            if (stepState(s) == code) {
                return s;
            }
        }
        throw unknown(code, "step state");
    }

    /** ISO's numbers, Monday 1 to Sunday 7, or 0 for none. */
    static int weekday(DayOfWeek day) {
        return day == null ? 0 : day.getValue();
    }

    static DayOfWeek weekday(int code) {
        if (code == 0) {
            return null;
        }
        if (code < 1 || code > 7) {
            throw unknown(code, "weekday");
        }
        return DayOfWeek.of(code);
    }
}
