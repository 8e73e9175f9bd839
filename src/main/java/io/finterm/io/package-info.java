/**
 * Files in and out: CSV rows of transactions, and the JSON backup format. Pure reading and
 * writing of formats; the services decide who may do what and write to the store.
 */
package io.finterm.io;
