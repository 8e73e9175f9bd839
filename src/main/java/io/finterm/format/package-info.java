/**
 * Files in and out for the services: CSV rows of transactions (read on a thread of its own ahead of
 * the inserts, grouped into splits by a shared id, and written back in the same layout) and the JSON
 * backup format. Parsers treat every file as hostile: bounded sizes, every
 * row the same shape, and a refusal that names the line and field rather than a guess. The services
 * decide who may do what and write to the store; bank files (OFX, QIF, camt.053) belong here too.
 */
package io.finterm.format;
