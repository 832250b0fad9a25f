package io.arangoconsole.sandbox.conformance.recorded;

import java.util.Set;

/**
 * The metric families a replayed {@code /_admin/metrics} answer must have: those the console reads, and those a
 * Grafana dashboard for ArangoDB shows first (requests, AQL, RocksDB block cache, collection and index counts).
 */
final class MetricFamilies {
    static final Set<String> EXPECTED = Set.of(
            // what the console reads
            // (and the plan cache's hits and misses, which the sandbox leaves out: it has no plan cache)
            "arangodb_aql_all_query_total", "arangodb_aql_current_query", "arangodb_aql_query_time",
            "arangodb_aql_slow_query_time",
            "arangodb_client_connection_statistics_client_connections",
            "arangodb_http_request_statistics_total_requests_total", "arangodb_process_statistics_resident_set_size",
            "rocksdb_cache_hit_rate_lifetime", "rocksdb_cache_hit_rate_recent",
            // requests and connections
            "arangodb_http_request_statistics_async_requests_total",
            "arangodb_http_request_statistics_http_get_requests_total",
            "arangodb_http_request_statistics_http_post_requests_total",
            "arangodb_http_request_statistics_http_put_requests_total",
            "arangodb_http_request_statistics_http_delete_requests_total",
            "arangodb_http_request_statistics_superuser_requests_total",
            "arangodb_http_request_statistics_user_requests_total",
            "arangodb_client_connection_statistics_total_time", "arangodb_client_connection_statistics_request_time",
            "arangodb_client_connection_statistics_queue_time", "arangodb_client_connection_statistics_bytes_sent",
            "arangodb_client_connection_statistics_bytes_received", "arangodb_scheduler_queue_length",
            // AQL
            "arangodb_aql_total_query_time_msec_total", "arangodb_aql_cursors_active",
            // the in-memory caches
            "rocksdb_block_cache_usage", "rocksdb_block_cache_capacity", "rocksdb_cache_limit",
            "rocksdb_cache_allocated",
            // collections and databases (3.12 single servers export no index count)
            "arangodb_metadata_number_of_collections", "arangodb_metadata_number_of_databases",
            // process
            "arangodb_server_statistics_server_uptime_total");

    private MetricFamilies() {
    }
}
