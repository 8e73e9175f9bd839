/**
 * The command line (picocli): the same services as the full-screen app, for scripts and cron.
 * Results go to standard output, messages to standard error; the exit code is 0 on success, 2 on
 * a usage error and 1 on anything else. Passwords come from the terminal or, with
 * {@code --password-stdin}, one per line from standard input; never from an argument. Like every
 * front end, it reaches the store only through the services ({@code ArchitectureTest} checks it).
 */
package io.finterm.cli;
