package io.arangoconsole.ui.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.collections.ModifiableObservableListBase;

/**
 * The rows of a table that is refreshed from whole snapshots: {@link #update} replaces only the rows whose value
 * changed, keyed by id, in one change event, so an unchanged snapshot fires nothing and a health flip that changes
 * a third of 900 shards re-renders those rows only, not the table. A snapshot with other keys (a collection created
 * or dropped) replaces the rows at once.
 *
 * @param <T> the row type (a record: rows are compared with {@code equals})
 */
final class KeyedList<T> extends ModifiableObservableListBase<T> {
    private final List<T> rows = new ArrayList<>();
    private final Function<T, ?> key;
    /** An immutable copy of the rows as last shown, which plans are made against off the FX thread. */
    private volatile List<T> shown = List.of();

    KeyedList(Function<T, ?> key) {
        this.key = key;
    }

    /** What {@link #apply} changes to show {@code next}, made against {@code base} (the rows shown then). */
    record Plan<T>(List<T> base, List<T> next, boolean replaceAll, int[] changed) {
        boolean nothing() {
            return !replaceAll && changed.length == 0;
        }
    }

    /**
     * Compares the rows shown now with {@code next}: which indexes changed, or a whole replacement when the keys
     * differ. Any thread: the comparison of hundreds of rows is done off the FX thread.
     */
    Plan<T> plan(List<T> next) {
        List<T> base = shown;
        List<T> copy = List.copyOf(next);
        if (base.size() != copy.size()) {
            return new Plan<>(base, copy, true, new int[0]);
        }
        int[] changed = new int[copy.size()];
        int n = 0;
        for (int i = 0; i < copy.size(); i++) {
            T was = base.get(i);
            T now = copy.get(i);
            if (!Objects.equals(key.apply(was), key.apply(now))) {
                return new Plan<>(base, copy, true, new int[0]);
            }
            if (!was.equals(now)) {
                changed[n++] = i;
            }
        }
        return new Plan<>(base, copy, false, Arrays.copyOf(changed, n));
    }

    /** Shows {@code next}, comparing on the calling (FX) thread. */
    void update(List<T> next) {
        apply(plan(next));
    }

    /**
     * Shows the plan's rows: only the changed ones are set, in one change event. A plan made against rows that
     * changed since is made again. FX thread.
     */
    void apply(Plan<T> plan) {
        if (plan.base() != shown) {
            plan = plan(plan.next());
        }
        if (plan.nothing()) {
            return;
        }
        shown = plan.next();
        if (plan.replaceAll()) {
            setAll(plan.next());
            return;
        }
        beginChange();
        try {
            for (int i : plan.changed()) {
                set(i, plan.next().get(i));
            }
        } finally {
            endChange();
        }
    }

    /** Empties the rows (another server). FX thread. */
    void reset() {
        shown = List.of();
        clear();
    }

    @Override
    public T get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    protected void doAdd(int index, T element) {
        rows.add(index, element);
    }

    @Override
    protected T doSet(int index, T element) {
        return rows.set(index, element);
    }

    @Override
    protected T doRemove(int index) {
        return rows.remove(index);
    }
}
