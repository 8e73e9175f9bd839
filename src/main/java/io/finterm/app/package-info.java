/**
 * Start-up and wiring: reads the configuration, chooses the data directory, points the log at a
 * file, and builds the object graph with constructors. The only package that knows every layer.
 */
package io.finterm.app;
