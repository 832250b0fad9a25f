package io.arangoconsole.core.sync;

import io.arangoconsole.settings.SyncDefaults;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifierTest {
    private final Verifier verifier = new Verifier(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1)),
            m -> { });

    @Test
    void namesTheFirstMissingAndChangedKeys() {
        MemorySource source = new MemorySource("w");
        MemoryTarget target = new MemoryTarget("w");
        for (int i = 0; i < 30; i++) {
            source.add("k" + (100 + i), i, i);
        }
        new SyncJob(source, target, SyncJobConfig.defaults("v", "w", SyncDefaults.CHECKPOINTS).withVerify(false),
                p -> { }).run();
        target.docs.remove("k105");
        target.docs.get("k107").put("n", -1);

        Verification v = verifier.verify(source, target, VerifyScope.everything("w", OnDuplicate.UPDATE));

        assertFalse(v.equal());
        assertEquals("documents", v.method());
        assertEquals(30, v.sourceCount());
        assertEquals(29, v.targetCount());
        assertEquals(List.of("k105", "k107"), v.firstDifferingKeys());
        assertEquals("differs: source 30, target 29; first differing keys k105, k107; run the sync again: it copies "
                + "what is missing", v.describe());
    }

    @Test
    void anExtraTargetDocumentOutsideTheRangeStillMakesTheWholeCountsDiffer() {
        MemorySource source = new MemorySource("w");
        MemoryTarget target = new MemoryTarget("w");
        source.add("a", 1, 1).add("b", 2, 2);
        new SyncJob(source, target, SyncJobConfig.defaults("v", "w", SyncDefaults.CHECKPOINTS), p -> { }).run();
        target.docs.put("c", target.docs.get("b").deepCopy().put("_key", "c"));

        Verification v = verifier.verify(source, target,
                new VerifyScope("w", Position.of(SyncJson.MAPPER.valueToTree(1), "a"), null, false,
                        OnDuplicate.UPDATE, 10));

        assertEquals(new Verification(false, 2, 3, List.of(), "documents"), v);
        assertTrue(v.describe().endsWith("the target holds documents the source does not have: remove them or sync "
                + "into an empty collection"), v.describe());
    }
}
