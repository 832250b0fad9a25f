package io.arangoconsole.core.insight;

import java.util.List;

/**
 * A persistent index proposed for a collection, with why.
 *
 * @param shape          the normalised text of the shape that weighs most (most runs) among those it serves
 * @param shapeIds       every shape it serves
 * @param count          the runs of those shapes
 * @param p95Ms          the worst p95 runtime among them, in milliseconds
 * @param scanNodeId     the scan node of {@code shape}'s plan it replaces
 * @param docsWithout    the documents that scan reads
 * @param docsWith       the documents the index lookup is expected to read, or -1 when no figure can be given
 * @param evidence       all of the above in one sentence
 */
public record IndexAdvice(String collection, List<String> fields, String shape, List<String> shapeIds, long count,
                          double p95Ms, int scanNodeId, long docsWithout, long docsWith, String evidence) {

    public IndexAdvice {
        fields = List.copyOf(fields);
        shapeIds = List.copyOf(shapeIds);
    }
}
