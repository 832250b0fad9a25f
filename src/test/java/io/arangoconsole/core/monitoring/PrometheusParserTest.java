package io.arangoconsole.core.monitoring;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrometheusParserTest {
    private static final Instant T0 = Instant.parse("2026-11-27T04:00:00Z");
    private final PrometheusParser parser = new PrometheusParser();

    @Test
    void readsCountersGaugesAndHelpAsArangoDbWritesThem() {
        String page = """
                # HELP arangodb_aql_all_query_total Total number of AQL queries finished.
                # TYPE arangodb_aql_all_query_total counter
                arangodb_aql_all_query_total{role="SINGLE"} 1234
                # HELP rocksdb_cache_hit_rate_recent Recent hit rate\\nof the cache \\\\ in front of RocksDB.
                # TYPE rocksdb_cache_hit_rate_recent gauge
                rocksdb_cache_hit_rate_recent{role="SINGLE"} 0.92
                """;
        MetricsSnapshot snap = parser.parse(page, T0);

        assertEquals(1234, snap.value("arangodb_aql_all_query_total").orElseThrow());
        assertEquals(0.92, snap.value("rocksdb_cache_hit_rate_recent").orElseThrow());
        MetricFamily cache = snap.family("rocksdb_cache_hit_rate_recent").orElseThrow();
        assertEquals(MetricType.GAUGE, cache.type());
        assertEquals("Recent hit rate\nof the cache \\ in front of RocksDB.", cache.help());
        assertEquals(MetricType.COUNTER, snap.family("arangodb_aql_all_query_total").orElseThrow().type());
        assertEquals(T0, snap.takenAt());
        assertTrue(snap.value("arangodb_not_exported").isEmpty());
    }

    @Test
    void assemblesHistogramsWhateverTheLabelOrder() {
        String page = """
                # TYPE arangodb_client_connection_statistics_total_time histogram
                arangodb_client_connection_statistics_total_time_bucket{le="0.01",role="SINGLE"} 3
                arangodb_client_connection_statistics_total_time_bucket{le="1",role="SINGLE"} 5
                arangodb_client_connection_statistics_total_time_bucket{le="+Inf",role="SINGLE"} 6
                arangodb_client_connection_statistics_total_time_count{role="SINGLE"} 6
                arangodb_client_connection_statistics_total_time_sum{role="SINGLE"} 12.5
                # TYPE arangodb_aql_query_time histogram
                arangodb_aql_query_time_bucket{role="SINGLE",le="0.000095"} 77
                arangodb_aql_query_time_bucket{role="SINGLE",le="+Inf"} 80
                arangodb_aql_query_time_count{role="SINGLE"} 80
                arangodb_aql_query_time_sum{role="SINGLE"} 0.5
                """;
        MetricsSnapshot snap = parser.parse(page, T0);

        Histogram conn = snap.histogram("arangodb_client_connection_statistics_total_time").orElseThrow();
        assertEquals(Labels.of("role", "SINGLE"), conn.labels());
        assertEquals(List.of(new Bucket(0.01, 3), new Bucket(1, 5), new Bucket(Double.POSITIVE_INFINITY, 6)),
                conn.buckets());
        assertEquals(6, conn.count());
        assertEquals(12.5, conn.sum());
        Histogram aql = snap.histogram("arangodb_aql_query_time", Labels.of("role", "SINGLE")).orElseThrow();
        assertEquals(77, aql.cumulativeAt(0.000095));
        assertEquals(80, aql.count());
        assertEquals(MetricType.HISTOGRAM, snap.family("arangodb_aql_query_time").orElseThrow().type());
        assertEquals(4, snap.family("arangodb_aql_query_time").orElseThrow().samples().size());
    }

    @Test
    void labelsInAnyOrderAreTheSameSeries() {
        String page = """
                m{b="2",a="1"} 1
                m{a="3",b="4"} 2
                """;
        MetricsSnapshot snap = parser.parse(page, T0);

        assertEquals(1, snap.value("m", Labels.of("a", "1", "b", "2")).orElseThrow());
        assertEquals(2, snap.value("m", Labels.of("b", "4")).orElseThrow());
        assertEquals(3, snap.sum("m").orElseThrow());
        assertEquals(Labels.of("a", "1", "b", "2"), snap.samples("m").get(0).labels());
    }

    @Test
    void readsEscapesSpecialValuesExponentsTimestampsAndOddSpacing() {
        String page = "# a free comment\n"
                + "\n"
                + "weird{path=\"C:\\\\data\\\\db\",msg=\"say \\\"hi\\\"\\nbye\",} 1.5e3 1700000000000\n"
                + "  spaced  {  a = \"x\" ,  b=\"y\"  }   -2.5E-3   \r\n"
                + "inf_up +Inf\n"
                + "inf_down -Inf\n"
                + "not_a_number NaN\n"
                + "big 123456789012345678901234\n"
                + "tiny 0.000000000000000000012345\n"
                + "no_labels 42\n"
                + "\t# indented comment\n";
        MetricsSnapshot snap = parser.parse(page, T0);

        Sample weird = snap.samples("weird").get(0);
        assertEquals("C:\\data\\db", weird.labels().get("path"));
        assertEquals("say \"hi\"\nbye", weird.labels().get("msg"));
        assertEquals(1500, weird.value());
        assertEquals(1_700_000_000_000L, weird.timestampMillis().orElseThrow());
        assertEquals(-0.0025, snap.value("spaced", Labels.of("a", "x", "b", "y")).orElseThrow());
        assertEquals(Double.POSITIVE_INFINITY, snap.value("inf_up").orElseThrow());
        assertEquals(Double.NEGATIVE_INFINITY, snap.value("inf_down").orElseThrow());
        assertTrue(Double.isNaN(snap.value("not_a_number").orElseThrow()));
        assertEquals(1.23456789012345678901234e23, snap.value("big").orElseThrow());
        assertEquals(1.2345e-20, snap.value("tiny").orElseThrow());
        assertEquals(42, snap.value("no_labels").orElseThrow());
        assertTrue(snap.samples("no_labels").get(0).timestampMillis().isEmpty());
        assertEquals(MetricType.UNTYPED, snap.family("no_labels").orElseThrow().type());
    }

    @Test
    void decimalsReadExactlyAsJavaReadsThem() {
        String[] texts = {"0.1", "0.3", "123.456", "0.000095", "99999.99999", "3.14159265358979", "-7.000001",
            "1e-7", "4503599627370497", "0.00608", "24.90368"};
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < texts.length; i++) {
            page.append("v{i=\"").append(i).append("\"} ").append(texts[i]).append('\n');
        }
        MetricsSnapshot snap = parser.parse(page.toString(), T0);

        for (int i = 0; i < texts.length; i++) {
            assertEquals(Double.parseDouble(texts[i]), snap.value("v", Labels.of("i", "" + i)).orElseThrow(),
                    texts[i]);
        }
    }

    @Test
    void infersHistogramsWithoutTypeLines() {
        String page = """
                lat_bucket{le="0.5"} 1
                lat_bucket{le="+Inf"} 4
                lat_sum 3
                lat_count 4
                """;
        Histogram h = parser.parse(page, T0).histogram("lat").orElseThrow();

        assertEquals(2, h.buckets().size());
        assertEquals(3, h.sum());
        assertEquals(4, h.count());
    }

    @Test
    void parsesARealSizePageWithExactValues() {
        String page = MetricsPages.generated(160, 12);
        assertTrue(page.length() > 180_000 && page.length() < 260_000, "page size " + page.length());

        MetricsSnapshot snap = parser.parse(page, T0);

        assertEquals(160 * 12 + 16 * 23, snap.size());
        for (int i = 0; i < 160; i += 7) {
            for (int j = 0; j < 12; j += 5) {
                Labels labels = Labels.of("db", "_system", "collection", "c" + j, "role", "SINGLE");
                assertEquals(MetricsPages.gaugeValue(i, j),
                        snap.value("arangodb_generated_gauge_" + i, labels).orElseThrow(), "gauge " + i + "/" + j);
            }
        }
        for (int h = 0; h < 160; h += 10) {
            Histogram hist = snap.histogram("arangodb_generated_time_" + h).orElseThrow();
            assertEquals(MetricsPages.QUERY_TIME_BOUNDS.length + 1, hist.buckets().size());
            assertEquals(MetricsPages.bucketCount(h, 3), hist.cumulativeAt(MetricsPages.QUERY_TIME_BOUNDS[3]));
            assertEquals(MetricsPages.bucketCount(h, MetricsPages.QUERY_TIME_BOUNDS.length), hist.count());
            assertEquals(h + 0.5, hist.sum());
            assertEquals(Labels.of("role", "SINGLE"), hist.labels());
        }
    }

    @Test
    void badLinesFailWithTheLineNumber() {
        MetricsFormatException e = assertThrows(MetricsFormatException.class,
                () -> parser.parse("ok 1\n# TYPE x gauge\nx{role=SINGLE} 3\n", T0));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("expected '\"'"), e.getMessage());

        assertEquals(1, assertThrows(MetricsFormatException.class, () -> parser.parse("x{a=\"1\" 2\n", T0)).line());
        assertEquals(2, assertThrows(MetricsFormatException.class, () -> parser.parse("\nx 1 2 3\n", T0)).line());
        assertTrue(assertThrows(MetricsFormatException.class, () -> parser.parse("x abc\n", T0)).getMessage()
                .contains("'abc' is not a number"));
        assertEquals(1, assertThrows(MetricsFormatException.class, () -> parser.parse("x{a=\"unclosed} 1", T0))
                .line());
        assertThrows(MetricsFormatException.class, () -> parser.parse("x{a=\"1\",a=\"2\"} 1\n", T0));
        assertThrows(MetricsFormatException.class, () -> parser.parse("x 1 notatime\n", T0));
        assertThrows(MetricsFormatException.class, () -> parser.parse("{a=\"1\"} 1\n", T0));
        assertThrows(MetricsFormatException.class, () -> parser.parse("x\n", T0));
    }

    @Test
    void emptyPageGivesAnEmptySnapshot() {
        MetricsSnapshot snap = parser.parse("", T0);

        assertEquals(0, snap.size());
        assertTrue(snap.histogram("arangodb_aql_query_time").isEmpty());
    }
}
