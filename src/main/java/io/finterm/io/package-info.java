/**
 * Files and formats in and out: CSV rows of transactions, the JSON backup format, and reports as
 * tables ({@link io.finterm.io.Table} written as a text table, CSV, JSON or Markdown), report JSON
 * and report charts. Pure reading and writing of formats; the services decide who may do what and
 * write to the store.
 */
package io.finterm.io;
