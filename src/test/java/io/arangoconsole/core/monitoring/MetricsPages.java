package io.arangoconsole.core.monitoring;

import java.util.Locale;

/**
 * Metrics pages for tests and the parse benchmark, shaped like ArangoDB 3.12's {@code /_admin/metrics/v2}: HELP and
 * TYPE lines, {@code role} on every sample, {@code le} first for the client connection histograms and last elsewhere,
 * per-collection series with their labels in varying order. Values are functions of the indexes so tests can check
 * exact numbers.
 */
final class MetricsPages {
    static final double[] QUERY_TIME_BOUNDS = {0.000095, 0.00019, 0.00038, 0.00076, 0.00152, 0.00304, 0.00608,
        0.01216, 0.02432, 0.04864, 0.09728, 0.19456, 0.38912, 0.77824, 1.55648, 3.11296, 6.22592, 12.45184,
        24.90368, 49.80736};

    private MetricsPages() {
    }

    /** Value of the gauge {@code arangodb_generated_gauge_<i>{role="SINGLE",collection="c<j>",db="_system"}}. */
    static double gaugeValue(int i, int j) {
        return i * 1000 + j + 0.25;
    }

    /** Count of the bucket {@code k} (cumulative) of the generated histogram {@code h}. */
    static long bucketCount(int h, int k) {
        return (long) (k + 1) * (h + 3);
    }

    /**
     * A page of about {@code families * 2 KB}: {@code families} gauges with {@code perFamily} collection series each
     * (labels in rotating order), plus one histogram with {@code le} first and one with {@code le} last per
     * ten families.
     */
    static String generated(int families, int perFamily) {
        StringBuilder sb = new StringBuilder(families * 2200);
        String[] orders = {"role=\"SINGLE\",collection=\"c%d\",db=\"_system\"",
            "db=\"_system\",role=\"SINGLE\",collection=\"c%d\"", "collection=\"c%d\",db=\"_system\",role=\"SINGLE\""};
        for (int i = 0; i < families; i++) {
            String name = "arangodb_generated_gauge_" + i;
            sb.append("# HELP ").append(name).append(" Generated gauge number ").append(i).append(".\n");
            sb.append("# TYPE ").append(name).append(" gauge\n");
            for (int j = 0; j < perFamily; j++) {
                sb.append(name).append('{').append(String.format(Locale.ROOT, orders[(i + j) % 3], j)).append("} ")
                        .append(gaugeValue(i, j)).append('\n');
            }
            if (i % 10 == 0) {
                histogram(sb, "arangodb_generated_time_" + i, i, i % 20 == 0);
            }
        }
        return sb.toString();
    }

    private static void histogram(StringBuilder sb, String name, int h, boolean leFirst) {
        sb.append("# HELP ").append(name).append(" Generated histogram.\n");
        sb.append("# TYPE ").append(name).append(" histogram\n");
        for (int k = 0; k <= QUERY_TIME_BOUNDS.length; k++) {
            String le = k == QUERY_TIME_BOUNDS.length ? "+Inf" : Double.toString(QUERY_TIME_BOUNDS[k]);
            String labels = leFirst ? "le=\"" + le + "\",role=\"SINGLE\"" : "role=\"SINGLE\",le=\"" + le + "\"";
            sb.append(name).append("_bucket{").append(labels).append("} ").append(bucketCount(h, k)).append('\n');
        }
        sb.append(name).append("_count{role=\"SINGLE\"} ").append(bucketCount(h, QUERY_TIME_BOUNDS.length))
                .append('\n');
        sb.append(name).append("_sum{role=\"SINGLE\"} ").append(h + 0.5).append('\n');
    }

    /** A page with the metrics the panes read, at the given cumulative counts. */
    static String server(long queries, long requests, long[] queryTimeBuckets, double queryTimeSum) {
        StringBuilder sb = new StringBuilder();
        sb.append("# HELP arangodb_aql_all_query_total Number of AQL queries executed.\n");
        sb.append("# TYPE arangodb_aql_all_query_total counter\n");
        sb.append("arangodb_aql_all_query_total{role=\"SINGLE\"} ").append(queries).append('\n');
        sb.append("# TYPE arangodb_http_request_statistics_total_requests_total counter\n");
        sb.append("arangodb_http_request_statistics_total_requests_total{role=\"SINGLE\"} ").append(requests)
                .append('\n');
        sb.append("# TYPE arangodb_aql_query_time histogram\n");
        long count = 0;
        for (int k = 0; k < queryTimeBuckets.length; k++) {
            count = queryTimeBuckets[k];
            String le = k == queryTimeBuckets.length - 1 ? "+Inf" : Double.toString(QUERY_TIME_BOUNDS[k]);
            sb.append("arangodb_aql_query_time_bucket{role=\"SINGLE\",le=\"").append(le).append("\"} ")
                    .append(count).append('\n');
        }
        sb.append("arangodb_aql_query_time_count{role=\"SINGLE\"} ").append(count).append('\n');
        sb.append("arangodb_aql_query_time_sum{role=\"SINGLE\"} ").append(queryTimeSum).append('\n');
        sb.append("# TYPE arangodb_client_connection_statistics_client_connections gauge\n");
        sb.append("arangodb_client_connection_statistics_client_connections{role=\"SINGLE\"} 7\n");
        sb.append("# TYPE arangodb_process_statistics_resident_set_size gauge\n");
        sb.append("arangodb_process_statistics_resident_set_size{role=\"SINGLE\"} 3.4603008e+08\n");
        sb.append("# TYPE arangodb_aql_current_query gauge\n");
        sb.append("arangodb_aql_current_query{role=\"SINGLE\"} 2\n");
        sb.append("# TYPE rocksdb_cache_hit_rate_recent gauge\n");
        sb.append("rocksdb_cache_hit_rate_recent{role=\"SINGLE\"} 0.93\n");
        sb.append("# TYPE rocksdb_cache_hit_rate_lifetime gauge\n");
        sb.append("rocksdb_cache_hit_rate_lifetime{role=\"SINGLE\"} 0.875\n");
        return sb.toString();
    }
}
