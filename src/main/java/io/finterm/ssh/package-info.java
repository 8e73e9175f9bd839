/**
 * {@code finterm serve}: the full-screen app over SSH (MINA SSHD), one screen stack per channel,
 * logins by the app's own password or a registered public key. Shell only: exec, SFTP and every
 * kind of forwarding are refused.
 */
package io.finterm.ssh;
