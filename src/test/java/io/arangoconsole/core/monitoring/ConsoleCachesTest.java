package io.arangoconsole.core.monitoring;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsoleCachesTest {
    @Test
    void summarisesTheConsolesOwnCaches() {
        // each load takes at least 20 ms (Caffeine times loads with the system clock, so no fake clock here)
        LoadingCache<String, Integer> stats = Caffeine.newBuilder().recordStats().executor(Runnable::run)
                .build(key -> {
                    Thread.sleep(20);
                    return key.length();
                });
        Cache<String, String> existence = Caffeine.newBuilder().recordStats().build();
        ConsoleCaches caches = new ConsoleCaches();
        caches.register("stats", stats::stats, stats::estimatedSize);
        caches.register("collections", existence::stats);

        stats.get("orders");
        stats.get("orders");
        stats.get("orders");
        stats.get("users");

        List<CacheSummary> all = caches.summaries();
        CacheSummary s = all.get(0);
        assertEquals("stats", s.name());
        assertEquals(0.5, s.hitRate());
        assertEquals(2, s.hits());
        assertEquals(2, s.misses());
        assertEquals(2, s.liveEntries().orElseThrow());
        assertTrue(s.averageLoadMillis() >= 20, "average load " + s.averageLoadMillis() + " ms, loads slept 20 ms");
        CacheSummary unused = all.get(1);
        assertTrue(Double.isNaN(unused.hitRate()), "no requests yet: no hit rate, not 0 %");
        assertTrue(unused.liveEntries().isEmpty());
        assertTrue(Double.isNaN(unused.averageLoadMillis()), "nothing loaded yet: no average load time");
        assertEquals(0.5, caches.series().get("console.cache.stats.hit_rate"));
        assertFalse(caches.series().containsKey("console.cache.collections.hit_rate"));
    }
}
