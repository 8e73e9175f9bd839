/**
 * Files that only their owner can read: created 0600, directories 0700, renames made durable. A
 * leaf that every layer may use, so that no layer reaches into another for it.
 */
package io.finterm.files;
