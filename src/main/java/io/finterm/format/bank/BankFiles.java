package io.finterm.format.bank;

import io.finterm.domain.FintermException;

/** Opens a bank file of a known kind with the reader of its format, refusing options that do not apply to it. */
public final class BankFiles {
    private BankFiles() {
    }

    /** {@code source}, of {@code kind} (a bank format), ready to read; {@code options} apply to a CSV, and partly to QIF. */
    public static BankFile open(FileKind kind, ImportSource source, CsvOptions options) {
        throw new FintermException(kind.label() + " files cannot be read yet");
    }
}
