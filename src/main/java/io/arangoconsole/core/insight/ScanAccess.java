package io.arangoconsole.core.insight;

import java.util.List;

/**
 * How a query reads one collection it scans in full: the attributes it compares for equality, by range, sorts by
 * and tests only under an OR, all read from the plan, never from the query text.
 *
 * @param nodeId         the {@code EnumerateCollectionNode}
 * @param documents      the documents the scan reads (the node's estimate)
 * @param limit          the {@code LIMIT} (offset + count) right after a sort of this scan, or -1
 */
public record ScanAccess(String collection, int nodeId, long documents, List<String> equality, List<String> range,
                         List<String> sort, List<String> orOnly, long limit) {

    public ScanAccess {
        equality = List.copyOf(equality);
        range = List.copyOf(range);
        sort = List.copyOf(sort);
        orOnly = List.copyOf(orOnly);
    }

    /** True when the query filters or sorts this collection, so an index could spare the scan. */
    public boolean filtersOrSorts() {
        return !equality.isEmpty() || !range.isEmpty() || !sort.isEmpty();
    }
}
