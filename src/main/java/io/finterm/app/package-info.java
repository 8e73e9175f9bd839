/**
 * Start-up and wiring: reads the configuration, chooses the data directory, points the log at a
 * file, and builds the object graph with constructors. The only package that knows every layer.
 * There is one start path: {@code Main} scans the arguments once ({@code cli.Argv}) and hands a plain
 * start in a terminal to {@code FastStart} (the login screen first, the store meanwhile) and anything
 * else to the command line; both, the SSH server and the build's warm-up build the backend (store
 * and services) and the full-screen context with {@code Wiring}.
 */
package io.finterm.app;
