package io.arangoconsole.sandbox.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.metrics.DocumentCache;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.Json;
import io.arangoconsole.sandbox.store.UnsupportedFeature;

import java.time.Instant;

/** Version, engine, role, availability, status, cluster endpoints, JWT login and metrics. */
final class ServerHandlers {
    static final String VERSION = "3.12.4";
    private static final String SERVER_ID = "PRMR-sandbox";
    private static final long PID = ProcessHandle.current().pid();
    private static final Instant STARTED = Instant.now();
    private final Services services;

    ServerHandlers(Services services) {
        this.services = services;
    }

    void register(Router r) {
        r.get("/_api/version", this::version);
        r.get("/_api/engine", ctx -> Reply.json(200, engine()));
        r.get("/_api/engine/stats", ctx -> Reply.json(200, engineStats()));
        r.get("/_admin/server/role", ctx -> Reply.ok(200, Json.object().put("errorNum", 0).put("role", "SINGLE")));
        r.get("/_admin/server/availability", ctx -> Reply.json(200, Json.object().put("mode", "default")));
        r.get("/_admin/status", ctx -> Reply.json(200, status()));
        r.get("/_api/cluster/endpoints", ctx -> {
            throw new UnsupportedFeature("cannot serve this request for this deployment type");
        });
        r.post("/_open/auth", this::login);
        r.put("/_admin/compact", ctx -> Reply.json(200, Json.object())); // nothing on disk to compact
        r.get("/_admin/support-info", ctx -> Reply.json(200, SupportInfo.of(services, VERSION)));
        r.get("/_api/endpoint", ctx -> {
            String host = ctx.header("host");
            return Reply.json(200, Json.NODES.arrayNode().add(Json.object().put("endpoint",
                    "http://" + (host == null ? "127.0.0.1" : host))));
        });
        r.get("/_admin/metrics", this::metrics);
        r.get("/_admin/metrics/v2", this::metrics);
    }

    private Reply version(Ctx ctx) {
        ObjectNode body = Json.object();
        body.put("server", "arango");
        body.put("license", "community");
        body.put("version", VERSION);
        body.putArray("apiVersions").add("v0");
        body.putArray("deprecatedApiVersions");
        body.put("requestedApiVersion", "v0");
        if (ctx.flag("details", false)) {
            ObjectNode d = body.putObject("details");
            d.put("architecture", "64bit");
            d.put("mode", "server");
            d.put("role", "SINGLE");
            d.put("engine", "rocksdb");
            d.put("license", "community");
            d.put("server-version", VERSION);
            d.put("host", "sandbox");
            d.put("platform", System.getProperty("os.name", "").toLowerCase());
            d.put("sandbox", "true");
            d.put("java-version", System.getProperty("java.version", ""));
        }
        return Reply.json(200, body);
    }

    private static ObjectNode engine() {
        ObjectNode body = Json.object();
        body.put("name", "rocksdb");
        ObjectNode supports = body.putObject("supports");
        supports.putArray("indexes").add("primary").add("edge").add("persistent").add("ttl").add("geo").add("mdi")
                .add("mdi-prefixed");
        supports.putObject("aliases").putObject("indexes").put("hash", "persistent").put("skiplist", "persistent")
                .put("zkd", "mdi");
        body.put("endianness", "big");
        return body;
    }

    /**
     * A few of RocksDB's figures with sandbox meanings: the block cache is the document cache in front of reads
     * (see {@code DocumentCache}), "sst files" are the documents' JSON bytes, keys are documents.
     */
    private ObjectNode engineStats() {
        long docs = 0;
        long bytes = 0;
        for (String name : services.store().databaseNames()) {
            for (Collection c : services.store().database(name).collections()) {
                docs += c.count();
                bytes += c.documentsSize();
            }
        }
        DocumentCache cache = services.metrics().documentCache();
        ObjectNode body = Json.object();
        body.put("cache.limit", cache.limit());
        body.put("cache.allocated", cache.allocated());
        body.put("rocksdb.block-cache-capacity", cache.limit());
        body.put("rocksdb.block-cache-usage", cache.allocated());
        body.put("rocksdb.block-cache-pinned-usage", 0);
        body.put("rocksdb.estimate-num-keys", docs);
        body.put("rocksdb.live-sst-files-size", bytes);
        return body;
    }

    private static ObjectNode status() {
        ObjectNode body = Json.object();
        body.put("server", "arango");
        body.put("version", VERSION);
        body.put("pid", PID);
        body.put("license", "community");
        body.put("mode", "server");
        body.put("operationMode", "server");
        body.put("foxxApi", false);
        body.put("host", "sandbox");
        body.put("hostname", "sandbox");
        ObjectNode info = body.putObject("serverInfo");
        info.putObject("progress").put("phase", "in wait").put("feature", "").put("recoveryTick", 0);
        info.put("role", "SINGLE");
        info.put("writeOpsEnabled", true);
        info.put("readOnly", false);
        info.put("maintenance", false);
        info.put("persistedId", SERVER_ID);
        info.put("rebootId", STARTED.getEpochSecond());
        info.put("state", "SERVING");
        info.put("address", "");
        info.put("serverId", SERVER_ID);
        return body;
    }

    private Reply login(Ctx ctx) {
        ObjectNode body = ctx.jsonObject();
        String user = body.path("username").asText("");
        String password = body.path("password").asText("");
        if (services.auth().enabled() && !services.auth().checkPassword(user, password)) {
            return Reply.error(401, 401, "Wrong credentials");
        }
        return Reply.json(200, Json.object().put("jwt", services.auth().issue(user.isEmpty() ? "root" : user)));
    }

    private Reply metrics(Ctx ctx) {
        return Reply.text(200, services.metrics().render(), "text/plain; version=0.0.4");
    }
}
