package io.finterm.store;

/** An update named a row that does not exist. */
public class RowNotFound extends StoreException {
    public RowNotFound(String table, long id) {
        super("no row " + id + " in " + table);
    }
}
