/**
 * Bank files read for an import: the contract ({@link io.finterm.format.bank.ImportSource},
 * {@link io.finterm.format.bank.BankFile}, {@link io.finterm.format.bank.BankRow},
 * {@link io.finterm.format.bank.CsvOptions}) and the readers. A bank CSV ({@link io.finterm.format.bank.BankCsv})
 * is detected piece by piece: encoding ({@code ByteScan}), separator and header line ({@code HeaderFinder}),
 * column roles ({@code ColumnNames}, {@code ColumnRoles}), date pattern ({@code DatePattern},
 * {@code DateCandidates}) and decimal mark ({@code AmountText}); its rows are streamed by a hand-written
 * {@code CsvScanner}. Terms: a <em>role</em> is what a column holds (date, amount, debit, payee …); an
 * <em>indicator</em> is a column saying debit or credit; <em>after the data</em> are the totals lines a bank
 * writes below the rows. Every reader refuses what is ambiguous, naming the option that decides.
 */
package io.finterm.format.bank;
