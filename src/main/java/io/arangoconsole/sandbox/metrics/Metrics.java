package io.arangoconsole.sandbox.metrics;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * What the sandbox counts while it works, exported as ArangoDB's {@code /_admin/metrics} Prometheus text: AQL query
 * times (fed by the query tracker), HTTP requests per method with their times, client connections, the document cache
 * hit rates, process memory and uptime, and the counts of databases and collections. Every sample carries
 * {@code role="SINGLE"}; a cluster's servers each have their own ({@link #forNode}). Where ArangoDB counts something
 * the sandbox does not have (async jobs, superuser JWTs), the family is there with the sandbox's true figure, zero; the plan cache's families are left out, so a client
 * reads "not reported" rather than a cache that never hits.
 */
public final class Metrics {
    private static final String[] METHODS = {"get", "post", "put", "delete", "patch", "head", "options", "other"};
    /** The listener's own metrics while it serves a request on this thread (cluster only): they count its queries. */
    private static final ThreadLocal<Metrics> SERVING = new ThreadLocal<>();
    private final String labels;
    private final long startNanos = System.nanoTime();
    private final Histogram queryTime = Histogram.exponential(0.000095, 4, 10);
    private final Histogram slowQueryTime = Histogram.exponential(0.1, 2, 10);
    private final LongAdder queries = new LongAdder();
    private final LongAdder queryMillis = new LongAdder();
    private final Histogram requestTime = Histogram.exponential(0.00001, 4, 10);
    private final LongAdder requests = new LongAdder();
    private final Map<String, LongAdder> perMethod = new TreeMap<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final LongAdder http1Connections = new LongAdder();
    private final LongAdder http2Connections = new LongAdder();
    private final Histogram bytesReceived = new Histogram(250, 1000, 2000, 5000, 10000);
    private final Histogram bytesSent = new Histogram(250, 1000, 2000, 5000, 10000);
    private final Histogram totalTime = new Histogram(0.01, 0.05, 0.1, 0.2, 0.5, 1, 5, 15, 30);
    private final Histogram queueTime = new Histogram(0.01, 0.05, 0.1, 0.2, 0.5, 1, 5, 15, 30);
    private final AtomicInteger queued = new AtomicInteger();
    private volatile int workerThreads;
    private final LongAdder userRequests = new LongAdder();
    private volatile IntSupplier databases = () -> 0;
    private volatile IntSupplier collections = () -> 0;
    private final DocumentCache documentCache;
    private volatile Supplier<List<Gauge>> ownGauges = List::of;
    private volatile IntSupplier currentQueries = () -> 0;
    private volatile IntSupplier activeCursors = () -> 0;
    private volatile double slowThresholdSeconds = 10;

    /** A gauge only some servers of a cluster export (a DB-Server's shards and documents). */
    public record Gauge(String name, String help, double value) {
    }

    public Metrics() {
        this("role=\"SINGLE\"", new DocumentCache(100_000));
    }

    private Metrics(String labels, DocumentCache documentCache) {
        this.labels = labels;
        this.documentCache = documentCache;
        for (String m : METHODS) {
            perMethod.put(m, new LongAdder());
        }
    }

    /**
     * The metrics of one server of a cluster, labelled {@code role} and {@code shortname} as ArangoDB labels them:
     * its own requests, connections and queries; the figures of the one process that plays every server (memory,
     * uptime, the document cache, the counts of databases and collections) are this instance's.
     */
    public Metrics forNode(String role, String shortName) {
        Metrics node = new Metrics("role=\"" + role + "\",shortname=\"" + shortName + "\"", documentCache);
        node.databases = () -> databases.getAsInt();
        node.collections = () -> collections.getAsInt();
        node.workerThreads = workerThreads;
        if (role.equals("COORDINATOR")) {
            // the query list is a Coordinator's; the sandbox does not note which one a running query came through
            node.currentQueries = () -> currentQueries.getAsInt();
            node.activeCursors = () -> activeCursors.getAsInt();
        }
        return node;
    }

    /** Gauges of this server alone, rendered after the others (a DB-Server's shards and documents). */
    public void setOwnGauges(Supplier<List<Gauge>> gauges) {
        this.ownGauges = gauges;
    }

    /**
     * Marks the thread as serving a request of the server {@code own} counts for (null: none), so that the queries
     * it finishes also count there.
     */
    public static void serving(Metrics own) {
        if (own == null) {
            SERVING.remove();
        } else {
            SERVING.set(own);
        }
    }

    /** A finished AQL query and its runtime; the query tracker's observer. */
    public void queryFinished(double seconds) {
        Metrics own = SERVING.get();
        if (own != null && own != this) {
            own.queryFinished(seconds);
        }
        queryTime.observe(seconds);
        queries.increment();
        queryMillis.add(Math.round(seconds * 1000));
        if (seconds >= slowThresholdSeconds) {
            slowQueryTime.observe(seconds);
        }
    }

    public void setSlowQueryThreshold(double seconds) {
        this.slowThresholdSeconds = seconds;
    }

    /** A served HTTP request: its method, how long it took, and its body sizes. */
    public void requestServed(String method, double seconds, long received, long sent) {
        requests.increment();
        LongAdder m = perMethod.get(method.toLowerCase(Locale.ROOT));
        (m == null ? perMethod.get("other") : m).increment();
        requestTime.observe(seconds);
        totalTime.observe(seconds);
        bytesReceived.observe(received);
        bytesSent.observe(sent);
    }

    /** How many worker threads serve requests (ArangoDB's {@code arangodb_scheduler_num_worker_threads}). */
    public void setWorkerThreads(int count) {
        this.workerThreads = count;
    }

    public int workerThreads() {
        return workerThreads;
    }

    /** Requests handed to the worker pool that no worker has taken up yet. */
    public int queueLength() {
        return queued.get();
    }

    /** A request handed to the worker pool: it counts in the scheduler queue until {@link #requestStarted}. */
    public void requestQueued() {
        queued.incrementAndGet();
    }

    /** A queued request a worker took up after {@code waitedSeconds}. */
    public void requestStarted(double waitedSeconds) {
        queued.decrementAndGet();
        queueTime.observe(waitedSeconds);
    }

    /** A request made with a user's credentials (ArangoDB's "user requests"; root by password is one). */
    public void userRequest() {
        userRequests.increment();
    }

    /** Where the counts of databases and collections come from. */
    public void setStoreCounts(IntSupplier databases, IntSupplier collections) {
        this.databases = databases;
        this.collections = collections;
    }

    public void connectionOpened(boolean http2) {
        connections.incrementAndGet();
        (http2 ? http2Connections : http1Connections).increment();
    }

    public void connectionClosed() {
        connections.decrementAndGet();
    }

    public DocumentCache documentCache() {
        return documentCache;
    }

    public void setCurrentQueries(IntSupplier supplier) {
        this.currentQueries = supplier;
    }

    public void setActiveCursors(IntSupplier supplier) {
        this.activeCursors = supplier;
    }

    public long totalRequests() {
        return requests.sum();
    }

    public long totalQueries() {
        return queries.sum();
    }

    /** The Prometheus text of {@code GET /_admin/metrics}. */
    public String render() {
        PrometheusText out = new PrometheusText(labels);
        out.histogram("arangodb_aql_query_time", "Execution time histogram for all AQL queries [s]", queryTime, false);
        out.histogram("arangodb_aql_slow_query_time", "Execution time histogram for slow AQL queries [s]",
                slowQueryTime, false);
        out.counter("arangodb_aql_all_query_total", "Total number of AQL queries finished", queries.sum());
        out.counter("arangodb_aql_total_query_time_msec_total", "Total execution time of all AQL queries [ms]",
                queryMillis.sum());
        out.gauge("arangodb_aql_current_query", "Current number of AQL queries executing",
                currentQueries.getAsInt());
        out.gauge("arangodb_aql_cursors_active", "Total amount of active AQL cursors", activeCursors.getAsInt());
        out.counter("arangodb_http_request_statistics_total_requests_total", "Total number of HTTP requests",
                requests.sum());
        for (Map.Entry<String, LongAdder> e : perMethod.entrySet()) {
            out.counter("arangodb_http_request_statistics_http_" + e.getKey() + "_requests_total",
                    "Number of HTTP " + e.getKey().toUpperCase(Locale.ROOT) + " requests", e.getValue().sum());
        }
        out.gauge("arangodb_client_connection_statistics_client_connections",
                "The number of client connections that are currently open", connections.get());
        out.histogram("arangodb_client_connection_statistics_request_time",
                "Request time needed to answer a request [s]", requestTime, true);
        out.counter("arangodb_http1_connections_total", "Total number of HTTP/1.1 connections",
                http1Connections.sum());
        out.counter("arangodb_http2_connections_total", "Total number of HTTP/2 connections",
                http2Connections.sum());
        out.histogram("arangodb_client_connection_statistics_bytes_received", "Bytes received for requests",
                bytesReceived, true);
        out.histogram("arangodb_client_connection_statistics_bytes_sent", "Bytes sent for responses", bytesSent,
                true);
        out.histogram("arangodb_client_connection_statistics_total_time", "Total time needed to answer a request [s]",
                totalTime, true);
        out.histogram("arangodb_client_connection_statistics_queue_time", "Request time spent in the queue [s]",
                queueTime, true);
        out.gauge("arangodb_scheduler_queue_length", "Server's internal queue length", queued.get());
        out.gauge("arangodb_scheduler_num_worker_threads", "Number of worker threads", workerThreads);
        out.counter("arangodb_http_request_statistics_async_requests_total",
                "Number of asynchronously executed HTTP requests (sandbox: none are)", 0);
        out.counter("arangodb_http_request_statistics_user_requests_total",
                "Total number of HTTP requests executed by clients", userRequests.sum());
        out.counter("arangodb_http_request_statistics_superuser_requests_total",
                "Total number of HTTP requests executed by superuser/JWT (sandbox: none)", 0);
        // no arangodb_aql_query_plan_cache_*: the sandbox has no plan cache, and the console says "not reported"
        out.gauge("arangodb_metadata_number_of_databases", "Global number of databases", databases.getAsInt());
        out.gauge("arangodb_metadata_number_of_collections", "Global number of collections",
                collections.getAsInt());
        out.gauge("rocksdb_cache_hit_rate_lifetime", "Lifetime hit rate of the document cache",
                documentCache.lifetimeHitRate());
        out.gauge("rocksdb_cache_hit_rate_recent", "Hit rate of the document cache over the last "
                + DocumentCache.WINDOW + " lookups", documentCache.recentHitRate());
        out.gauge("rocksdb_cache_allocated", "Bytes allocated by the document cache", documentCache.allocated());
        out.gauge("rocksdb_cache_limit", "Byte limit of the document cache", documentCache.limit());
        out.gauge("rocksdb_block_cache_usage", "Block cache usage [bytes] (sandbox: the document cache)",
                documentCache.allocated());
        out.gauge("rocksdb_block_cache_capacity", "Block cache capacity [bytes] (sandbox: the document cache)",
                documentCache.limit());
        Runtime rt = Runtime.getRuntime();
        out.gauge("arangodb_process_statistics_resident_set_size",
                "Memory used by the process [bytes] (sandbox: JVM heap in use)", rt.totalMemory() - rt.freeMemory());
        out.gauge("arangodb_server_statistics_physical_memory", "Physical memory [bytes] (sandbox: JVM max heap)",
                rt.maxMemory());
        out.counter("arangodb_server_statistics_server_uptime_total", "Number of seconds elapsed since server start",
                (System.nanoTime() - startNanos) / 1e9);
        for (Gauge g : ownGauges.get()) {
            out.gauge(g.name(), g.help(), g.value());
        }
        return out.toString();
    }
}
