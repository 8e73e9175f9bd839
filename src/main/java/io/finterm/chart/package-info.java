/**
 * Charts drawn as plain text: horizontal and column bars, lines, sparklines, pies and progress bars.
 * Each renderer is {@code (data, width, height, options) → Chart}, where a {@link io.finterm.chart.Chart}
 * is a list of lines that never exceeds the box, plus colour hints ({@link io.finterm.chart.Hue}) that
 * the TUI maps to colours. The text itself never holds an escape code. Pure: no I/O, and nothing of
 * the rest of finterm; callers turn reports into bars, series and slices.
 *
 * <p>Terms: the <em>scale</em> maps values to lengths (linear or a symmetric log); <em>ASCII mode</em>
 * draws with printable ASCII only; a chart with nothing to draw, or no room, says so in one line.
 */
package io.finterm.chart;
