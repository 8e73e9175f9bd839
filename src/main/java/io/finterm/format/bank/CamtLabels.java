package io.finterm.format.bank;

import java.util.List;
import java.util.Map;

/**
 * The bank transaction code ({@code BkTxCd}) as a label a person can read, which becomes a tag. Only
 * the ISO domain codes ({@code Domn/Fmly/Cd}, {@code SubFmlyCd}) of a few well-known kinds are used:
 * they mean the same at every bank. The proprietary code ({@code Prtry/Cd}, such as the German
 * {@code NDDT+105+…}) is left out: it is a bank's own numbering, which says nothing to a person and
 * would make a different tag per bank for the same kind of payment.
 */
final class CamtLabels {
    /** The sub-family codes that say more than their family. */
    private static final Map<String, String> SUB_FAMILY = Map.of(
            "STDO", "standing-order",
            "SALA", "salary",
            "CHRG", "fees",
            "INTR", "interest",
            "CWDL", "cash-withdrawal",
            "CDPT", "cash-deposit",
            "POSD", "card-payment");
    private static final Map<String, String> FAMILY = Map.of(
            "ICDT", "credit-transfer",
            "RCDT", "credit-transfer",
            "IDDT", "direct-debit",
            "RDDT", "direct-debit",
            "CCRD", "card-payment",
            "ICHQ", "cheque",
            "RCHQ", "cheque");

    private CamtLabels() {
    }

    /** The label of an entry's {@code BkTxCd}, or none. */
    static List<String> of(CamtNode code) {
        if (code == null) {
            return List.of();
        }
        String sub = code.textAt("Domn", "Fmly", "SubFmlyCd");
        String family = code.textAt("Domn", "Fmly", "Cd");
        String label = sub != null && SUB_FAMILY.containsKey(sub) ? SUB_FAMILY.get(sub) : family == null ? null : FAMILY.get(family);
        return label == null ? List.of() : List.of(label);
    }
}
