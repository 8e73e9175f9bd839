/**
 * The relational layer: a checksummed, fsync'd journal is the source of truth, and MapDB holds
 * the materialized tables, secondary indexes and aggregates, which can always be rebuilt from it.
 *
 * <p>Terms: a <em>table</em> maps a primary key ({@code long}) to a row encoded by a hand-written
 * {@link io.finterm.store.RowCodec}; an <em>index entry</em> is a tuple of column values followed
 * by the primary key; a <em>commit</em> is the set of row puts and deletes of one write
 * transaction, appended to the journal as one record, which a very large one precedes with
 * <em>part</em> records that count only once it follows; a <em>staging</em>
 * ({@link io.finterm.store.Staging}) holds a large write's new rows, encoded and in parts, while no
 * lock is held, until its commit hands them to the journal. {@link io.finterm.store.Schema} declares
 * every table, index, constraint and aggregate in one place. Only this package imports MapDB.
 */
package io.finterm.store;
