/**
 * Reports as immutable records, computed from a {@link io.finterm.analysis.Ledger}: a user's
 * transactions already converted to their base currency ({@link io.finterm.analysis.Totals}, which
 * the report service sums from the store's monthly totals, is the one record built elsewhere). Pure: no I/O, no store, no terminal; the
 * only package that uses Apache Commons Math.
 *
 * <p>Terms: a <em>period</em> is a closed date range ({@link io.finterm.analysis.Period}); a
 * <em>bucket</em> is one month or week of a trend; <em>figures</em> are income, expenses and their
 * count; a <em>slope</em> is a least-squares fit through complete buckets; an <em>outlier</em> is an
 * expense (or a month) far above its category's usual amount by a robust score on the log scale; the
 * <em>variance</em> of a budget is actual minus planned, where planned is what was <em>available</em>: the
 * budget plus what a rolling budget <em>carried</em> in from the month before ({@link io.finterm.analysis.Rollover}); a <em>forecast</em> projects each account's
 * balance day by day from today ({@link io.finterm.analysis.BalanceProjection}, from the starting balances
 * and dated changes the forecast service reads, which assembles the {@link io.finterm.analysis.Forecast}), and its <em>spending</em> is a six-month
 * average spread over the days to the minor unit ({@link io.finterm.analysis.SpendingSpread}). Totals are exact sums of minor units; only
 * means, deviations, slopes and scores are {@code double}.
 */
package io.finterm.analysis;
