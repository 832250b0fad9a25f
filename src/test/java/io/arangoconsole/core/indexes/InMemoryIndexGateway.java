package io.arangoconsole.core.indexes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An {@link IndexGateway} kept in memory, behaving as ArangoDB does for index builds: a build registers a hidden
 * index that only {@code withHidden} lists, with its progress; dropping it ends the build with an error; creating an
 * index that exists answers "already existed". In {@code manual} mode a build waits until the test calls
 * {@link #finishBuild()}, so the test decides what the server is doing at every moment.
 */
final class InMemoryIndexGateway implements IndexGateway {
    private final Set<String> collections = ConcurrentHashMap.newKeySet();
    private final List<ExistingIndex> indexes = new CopyOnWriteArrayList<>();
    private final Set<String> duplicates = new HashSet<>();
    private final AtomicInteger nextId = new AtomicInteger(100);
    private final AtomicInteger concurrent = new AtomicInteger();
    private final boolean manual;
    private volatile int maxConcurrent;
    private volatile boolean forbidden;
    private volatile boolean dropsFail;
    private volatile boolean listsFail;
    private boolean release;

    InMemoryIndexGateway(boolean manual, String... collections) {
        this.manual = manual;
        this.collections.addAll(List.of(collections));
    }

    /** Documents of {@code collection} share values of {@code fields}: a unique index over them fails. */
    InMemoryIndexGateway withDuplicates(String collection, List<String> fields) {
        duplicates.add(collection + fields);
        return this;
    }

    InMemoryIndexGateway forbidden() {
        forbidden = true;
        return this;
    }

    /** Every drop fails as a server error would (HTTP 500), leaving the index in place. */
    InMemoryIndexGateway failDrops() {
        dropsFail = true;
        return this;
    }

    /** Listing indexes fails (no answer from the server) until {@code fail} is false again. */
    void failLists(boolean fail) {
        listsFail = fail;
    }

    void add(ExistingIndex index) {
        indexes.add(index);
    }

    int maxConcurrentBuilds() {
        return maxConcurrent;
    }

    /** The hidden index of the running build, or null. */
    ExistingIndex building() {
        return indexes.stream().filter(ExistingIndex::building).findFirst().orElse(null);
    }

    /** Sets the progress (percent) the running build reports. */
    void progress(double percent) {
        ExistingIndex b = building();
        if (b != null) {
            indexes.set(indexes.indexOf(b), withState(b, true, percent));
        }
    }

    /** Lets the running build (or the next one) complete. */
    synchronized void finishBuild() {
        release = true;
        notifyAll();
    }

    @Override
    public List<String> collections() {
        return new ArrayList<>(collections);
    }

    @Override
    public CreatedIndex create(IndexSpec spec) {
        if (forbidden) {
            throw new IndexGatewayException(403, 11, "forbidden");
        }
        if (!collections.contains(spec.collection())) {
            throw new IndexGatewayException(404, 1203, "collection or view not found: " + spec.collection());
        }
        for (ExistingIndex i : indexes) {
            if (i.collection().equals(spec.collection()) && i.matches(spec.index()) && !i.building()) {
                return new CreatedIndex(i.id(), i.name(), false);
            }
        }
        maxConcurrent = Math.max(maxConcurrent, concurrent.incrementAndGet());
        try {
            int n = nextId.incrementAndGet();
            ExistingIndex hidden = new ExistingIndex(spec.collection(), spec.collection() + "/" + n, "idx_" + n,
                    "persistent", spec.fields(), spec.index().unique(), spec.index().sparse(), null, -1, true, 0);
            indexes.add(hidden);
            if (manual) {
                awaitRelease();
            }
            ExistingIndex current = indexes.stream().filter(i -> i.id().equals(hidden.id())).findFirst().orElse(null);
            if (current == null) {
                throw new IndexGatewayException(500, 1235, "index creation failed: index '" + hidden.name()
                        + "' was dropped while it was being built");
            }
            if (spec.index().unique() && duplicates.contains(spec.collection() + spec.fields())) {
                indexes.remove(current);
                throw new IndexGatewayException(400, 1210, "unique constraint violated");
            }
            indexes.set(indexes.indexOf(current), withState(current, false, 100));
            return new CreatedIndex(hidden.id(), hidden.name(), true);
        } finally {
            concurrent.decrementAndGet();
        }
    }

    @Override
    public List<ExistingIndex> list(String collection, boolean withHidden) {
        if (listsFail) {
            throw new IndexGatewayException(0, 0, "connection refused");
        }
        if (!collections.contains(collection)) {
            throw new IndexGatewayException(404, 1203, "collection or view not found: " + collection);
        }
        return indexes.stream().filter(i -> i.collection().equals(collection) && (withHidden || !i.building()))
                .toList();
    }

    @Override
    public void drop(String collection, String id) {
        if (dropsFail) {
            throw new IndexGatewayException(500, 4, "disk full");
        }
        if (!indexes.removeIf(i -> i.id().equals(id))) {
            throw new IndexGatewayException(404, 1212, "index not found");
        }
    }

    Map<String, List<List<String>>> snapshot() {
        Map<String, List<List<String>>> out = new ConcurrentHashMap<>();
        for (ExistingIndex i : indexes) {
            out.computeIfAbsent(i.collection(), c -> new ArrayList<>()).add(i.fields());
        }
        return out;
    }

    private synchronized void awaitRelease() {
        while (!release) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IndexGatewayException(0, 0, "interrupted");
            }
        }
        release = false;
    }

    private static ExistingIndex withState(ExistingIndex i, boolean building, double progress) {
        return new ExistingIndex(i.collection(), i.id(), i.name(), i.type(), i.fields(), i.unique(), i.sparse(),
                building ? null : 1.0, building ? -1 : 1024, building, progress);
    }
}
