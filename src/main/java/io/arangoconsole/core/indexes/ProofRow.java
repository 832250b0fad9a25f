package io.arangoconsole.core.indexes;

/** One key query before and after the builds: the proof that it moved from a collection scan to an index. */
public record ProofRow(ProofQuery query, Measurement before, Measurement after) {

    /** True when the query scanned the collection before and reads an index after. */
    public boolean switchedToIndex() {
        return before.scansCollection() && !before.usesIndex() && after.usesIndex();
    }

    /** Estimated cost before divided by after (how much cheaper the server thinks it got); NaN when unknown. */
    public double costRatio() {
        if (before.plan() == null || after.plan() == null || after.plan().estimatedCost() <= 0) {
            return Double.NaN;
        }
        return before.plan().estimatedCost() / after.plan().estimatedCost();
    }
}
