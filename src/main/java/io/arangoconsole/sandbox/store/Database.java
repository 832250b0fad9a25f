package io.arangoconsole.sandbox.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;

/** A database: collections by name. */
public final class Database {
    private final Store store;
    private final String name;
    private final long id;
    private final ConcurrentSkipListMap<String, Collection> collections = new ConcurrentSkipListMap<>();
    private final UserFunctions userFunctions = new UserFunctions();

    Database(Store store, String name, long id) {
        this.store = store;
        this.name = name;
        this.id = id;
    }

    Store store() {
        return store;
    }

    /** The AQL user functions registered in this database. */
    public UserFunctions userFunctions() {
        return userFunctions;
    }

    public String name() {
        return name;
    }

    public long id() {
        return id;
    }

    public boolean isSystem() {
        return name.equals("_system");
    }

    /** The collection, or 404/1203. */
    public Collection collection(String name) {
        Collection c = collections.get(name);
        if (c == null) {
            throw ApiError.collectionNotFound(name);
        }
        return c;
    }

    /** The collection, or null. */
    public Collection find(String name) {
        return collections.get(name);
    }

    public List<Collection> collections() {
        return new ArrayList<>(collections.values());
    }

    /** Creates a collection (type 2 document, 3 edge); 409/1207 if the name is taken, 400/1208 if illegal. */
    public synchronized Collection create(String name, int type, boolean waitForSync) {
        if (!Keys.isValidName(name)) {
            throw ApiError.illegalName(name);
        }
        if (collections.containsKey(name)) {
            throw ApiError.duplicateName(name);
        }
        Collection c = new Collection(store, name, store.nextTick(), type == 3 ? 3 : 2, waitForSync);
        collections.put(name, c);
        return c;
    }

    /**
     * Renames a collection and returns it: 404/1203 if missing, 400/1208 for an illegal new name, 409/1207 if the new
     * name is taken.
     */
    public synchronized Collection rename(String from, String to) {
        Collection c = collection(from);
        if (to == null || !Keys.isValidName(to)) {
            throw ApiError.illegalName(to == null ? "" : to);
        }
        if (collections.containsKey(to)) {
            throw ApiError.duplicateName(to);
        }
        collections.remove(from);
        c.rename(to);
        collections.put(to, c);
        return c;
    }

    /** Drops a collection and returns it; 404/1203 if missing. */
    public synchronized Collection drop(String name) {
        Collection c = collection(name);
        collections.remove(name);
        return c;
    }
}
