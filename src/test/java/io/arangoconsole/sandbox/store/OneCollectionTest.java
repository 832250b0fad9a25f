package io.arangoconsole.sandbox.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The setup the store's collection tests share: a fresh store (its TTL sweeper set to an hour, so it never runs on
 * its own during a test) holding one empty document collection {@code c}, closed after each test.
 */
abstract class OneCollectionTest {
    protected Store store;
    protected Collection c;

    /** The collection's name; "users" unless a test says otherwise. */
    protected String collectionName() {
        return "users";
    }

    @BeforeEach
    void newStoreWithOneCollection() {
        store = new Store(3600);
        c = TestDocs.collection(store, collectionName());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
