package io.arangoconsole.ui.insight;

import io.arangoconsole.core.insight.ShapeStats;

/**
 * One query shape as the Shapes table shows it.
 *
 * @param fullScan "full scan", "no full scan", "not explained" or "" (not explained yet), from the latest plan
 * @param advice   the index proposed for it ("persistent [a, b] on c"), why there is none, or ""
 */
public record ShapeRow(ShapeStats stats, String fullScan, String advice) {

    public String id() {
        return stats.shapeId();
    }
}
