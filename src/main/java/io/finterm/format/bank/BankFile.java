package io.finterm.format.bank;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A bank file that has been recognised and whose layout is known (detected, or given by options):
 * ready to be read. Reading never writes anything; the import service books what it reads.
 */
public interface BankFile {
    /**
     * What was recognised and detected, one {@code "what: value"} line each, in the order a person
     * reads them: the format first ({@code "format: OFX 1 (SGML)"}), then for a CSV the encoding,
     * separator, lines skipped, header line, each column's role, date pattern, decimal mark and sign
     * convention. {@code finterm import --detect} prints them.
     */
    List<String> detected();

    /**
     * Reads every transaction in file order, handing each good one to {@code rows} and each bad one,
     * as {@code (line, "field: reason")}, to {@code errors}; the caller refuses the whole file if
     * there is any error. Never drops or shifts a field: a row that does not fit is an error.
     *
     * @throws io.finterm.domain.FintermException when the file as a whole cannot be read (not the
     *         format it claimed, too large, broken structure), with a sentence saying why
     */
    void read(Consumer<BankRow> rows, BiConsumer<Long, String> errors);

    /**
     * What was detected and chosen, as explicit options that read this file the same way again (a
     * profile saves it); empty for a format that states its own layout (OFX, camt.053).
     */
    default Optional<Layout> layout() {
        return Optional.empty();
    }
}
