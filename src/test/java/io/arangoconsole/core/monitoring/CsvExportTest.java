package io.arangoconsole.core.monitoring;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvExportTest {
    @Test
    void writesSeriesSideBySideWithGapsAsEmptyCells() throws IOException {
        long t0 = 1_795_752_000_000L;
        Map<String, TimeSeries> series = new LinkedHashMap<>();
        series.put("server.cache.hit_rate_recent", new TimeSeries("server.cache.hit_rate_recent",
                new long[] {t0, t0 + 1000}, new double[] {0.93, 0.875}));
        series.put("console.q \"a,b\".primary.p95_ms", new TimeSeries("console.q \"a,b\".primary.p95_ms",
                new long[] {t0 + 1000, t0 + 2000}, new double[] {12, 3.5}));
        StringWriter out = new StringWriter();

        CsvExport.write(series, out);

        assertEquals("time,epoch_ms,server.cache.hit_rate_recent,\"console.q \"\"a,b\"\".primary.p95_ms\"\r\n"
                + "2026-11-27T04:00:00Z,1795752000000,0.93,\r\n"
                + "2026-11-27T04:00:01Z,1795752001000,0.875,12\r\n"
                + "2026-11-27T04:00:02Z,1795752002000,,3.5\r\n", out.toString());
    }
}
