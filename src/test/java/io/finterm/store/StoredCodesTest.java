package io.finterm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.finterm.domain.Role;
import io.finterm.domain.AccountType;
import io.finterm.domain.TxKind;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Currency;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The codes that stand for enum values on disk are permanent: this test spells every one of them
 * out, so that renumbering one, or reordering an enum and deriving codes from its order, fails the
 * build instead of remapping people's data.
 */
class StoredCodesTest {
    @Test
    void everyRoleKeepsItsCode() {
        assertEquals(Map.of(Role.USER, 0, Role.ADMIN, 1),
                Arrays.stream(Role.values()).collect(Collectors.toMap(r -> r, StoredCodes::role)));
        for (Role r : Role.values()) {
            assertEquals(r, StoredCodes.role(StoredCodes.role(r)));
        }
    }

    @Test
    void everyTransactionTypeKeepsItsCode() {
        assertEquals(Map.of(TxKind.INCOME, 0L, TxKind.EXPENSE, 1L, TxKind.TRANSFER_OUT, 2L, TxKind.TRANSFER_IN, 3L),
                Arrays.stream(TxKind.values()).collect(Collectors.toMap(k -> k, StoredCodes::kind)));
        for (TxKind k : TxKind.values()) {
            assertEquals(k, StoredCodes.kind(StoredCodes.kind(k)));
        }
    }

    @Test
    void everyAccountTypeKeepsItsCode() {
        assertEquals(Map.of(AccountType.CHECKING, 0, AccountType.SAVINGS, 1, AccountType.CREDIT, 2, AccountType.CASH, 3,
                        AccountType.LOAN, 4, AccountType.INVESTMENT, 5, AccountType.OTHER, 6),
                Arrays.stream(AccountType.values()).collect(Collectors.toMap(t -> t, StoredCodes::accountType)));
        for (AccountType t : AccountType.values()) {
            assertEquals(t, StoredCodes.accountType(StoredCodes.accountType(t)));
        }
        assertEquals("stored value 9 is not a known account type",
                assertThrows(StoreCorruptException.class, () -> StoredCodes.accountType(9)).getMessage());
    }

    @Test
    void anUnknownStoredCodeIsDamageNotAGuess() {
        assertEquals("stored value 2 is not a known role",
                assertThrows(StoreCorruptException.class, () -> StoredCodes.role(2)).getMessage());
        assertEquals("stored value 7 is not a known transaction type",
                assertThrows(StoreCorruptException.class, () -> StoredCodes.kind(7L)).getMessage());
    }

    @Test
    void aRowWritesTheCodeNotTheOrdinal() {
        RowWriter out = new RowWriter(16);
        Codecs.CATEGORY.write(new io.finterm.domain.Category(5, 3, TxKind.EXPENSE, "Rent"), out);
        byte[] bytes = java.util.Arrays.copyOf(out.buffer(), out.size());
        assertEquals(3, bytes[0], "the user id");
        assertEquals(1, bytes[1], "EXPENSE is code 1");
    }

    @Test
    void aMonthlyTotalReadsItsKeyByName() {
        AggregateRow row = new AggregateRow(java.util.List.of(4L, Schema.month(YearMonth.of(2026, 3)), 9L, 1L, "USD"), 2, -1250);
        assertEquals(new MonthlyTotal(4, YearMonth.of(2026, 3), 9, TxKind.EXPENSE, Currency.getInstance("USD"), 2, -1250),
                MonthlyTotal.of(row));
    }
}
