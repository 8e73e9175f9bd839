/**
 * Reports for people: report records rendered as tables ({@link io.finterm.report.Table} written as
 * a text table, CSV, JSON or Markdown), report JSON with exact decimal strings, text charts, and the
 * export of what a screen shows to a file. No arithmetic: the figures come from {@code analysis}.
 */
package io.finterm.report;
