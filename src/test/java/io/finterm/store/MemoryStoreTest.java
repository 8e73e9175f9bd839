package io.finterm.store;

/** The store contract on the in-memory store. */
class MemoryStoreTest extends StoreContract {
    @Override
    Store newStore() {
        return Store.inMemory();
    }

    @Override
    Store reopen(Store store) {
        return store;
    }
}
