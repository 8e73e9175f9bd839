package io.finterm.format.bank;

import io.finterm.domain.FintermException;

/** Opens a bank file of a known kind with the reader of its format, refusing options that do not apply to it. */
public final class BankFiles {
    private BankFiles() {
    }

    /** {@code source}, of {@code kind} (a bank format), ready to read; {@code options} apply to a CSV, and partly to QIF. */
    public static BankFile open(FileKind kind, ImportSource source, CsvOptions options) {
        return switch (kind) {
            case OFX -> {
                onlyCsv(options, false, source, "an OFX file");
                yield Ofx.open(source);
            }
            case QIF -> {
                onlyCsv(options, true, source, "a QIF file");
                yield Qif.open(source, options.dateFormat(), options.decimal());
            }
            case CAMT053 -> {
                onlyCsv(options, false, source, "a camt.053 statement");
                yield Camt053.open(source);
            }
            case BANK_CSV -> BankCsv.open(source, options);
            default -> throw new IllegalArgumentException(kind + " is not a bank format");
        };
    }

    /** Refuses the CSV layout options for a format that states its own layout; QIF takes --date-format and --decimal. */
    private static void onlyCsv(CsvOptions o, boolean qif, ImportSource source, String what) {
        boolean csvOnly = o.delimiter() != null || o.encoding() != null || o.skip() != null || !o.map().isEmpty() || o.debit() != null
                || o.credit() != null || o.negate();
        if (csvOnly || (!qif && (o.dateFormat() != null || o.decimal() != null))) {
            throw new FintermException(source.name() + " is " + what + ", which states its own layout: "
                    + (qif ? "of the layout options, only --date-format and --decimal apply to it" : "the layout options apply to CSV files only"));
        }
    }
}
