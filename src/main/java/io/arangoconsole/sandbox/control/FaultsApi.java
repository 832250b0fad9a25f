package io.arangoconsole.sandbox.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.cluster.ClusterControl;
import io.arangoconsole.sandbox.cluster.Node;
import io.arangoconsole.sandbox.faults.Faults;
import io.arangoconsole.sandbox.http.Ctx;
import io.arangoconsole.sandbox.http.Reply;
import io.arangoconsole.sandbox.http.Router;
import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.Json;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET|POST /_admin/sandbox/faults}: the sandbox's fault control over HTTP, for root only, served only when
 * the sandbox runs with {@code --faults-api}. One action per POST (the README's sandbox section lists them):
 * stop or start a server of a cluster, a Coordinator that hangs, latency, a share of failing requests, refused
 * connections, reset. The faults themselves never apply to this path, so a sandbox made to fail everything can
 * still be repaired.
 */
public final class FaultsApi {
    public static final String PATH = "/_admin/sandbox/faults";
    /** A Coordinator asked to stop itself answers first, then stops this long after. */
    private static final long SELF_STOP_DELAY_MILLIS = 200;

    private final Faults faults;
    private final ClusterControl cluster;
    private final Node self;
    private final FaultSettings settings;

    /**
     * The faults API as served by one listener: {@code cluster} null for a single server, {@code self} the
     * Coordinator serving (null for a single server); {@code settings} shared by every listener.
     */
    public FaultsApi(Faults faults, ClusterControl cluster, Node self, FaultSettings settings) {
        this.faults = faults;
        this.cluster = cluster;
        this.self = self;
        this.settings = settings;
    }

    /** A router serving only the faults API, in front of {@code rest}. */
    public Router routes(Router rest) {
        Router r = new Router();
        r.get(PATH, ctx -> Reply.ok(200, state(ctx)));
        r.post(PATH, this::change);
        return self == null ? r.fallback(rest) : r.fallback(rest, h -> settings.hangs.guard(self.id(), h));
    }

    private static void requireRoot(Ctx ctx) {
        if (!"root".equals(ctx.user())) {
            throw new ApiError(403, 11, "only root may change the sandbox's faults");
        }
    }

    private ObjectNode state(Ctx ctx) {
        requireRoot(ctx);
        ObjectNode body = Json.object();
        ObjectNode f = settings.json();
        body.set("faults", f);
        if (cluster != null) {
            f.put("followerLagSeconds", cluster.followerLag().seconds());
            ArrayNode servers = f.putArray("servers");
            for (Node n : cluster.state().nodes()) {
                servers.addObject().put("id", n.id()).put("shortName", n.shortName())
                        .put("role", n.role().spelled()).put("running", n.running())
                        .put("status", cluster.state().status(n)).put("hanging", settings.hangs.hangs(n.id()));
            }
        }
        return body;
    }

    private Reply change(Ctx ctx) {
        requireRoot(ctx);
        ObjectNode body = ctx.jsonObject();
        String action = body.path("action").asText("");
        switch (action) {
            case "stop", "start" -> server(action, body);
            case "latency" -> {
                long millis = number(body, "millis", 0, 600_000);
                faults.latency(millis);
                settings.latency(millis);
            }
            case "fail" -> fail(body);
            case "refuse" -> refuse(body);
            case "followerLag" -> followerLag(body);
            case "reset" -> reset();
            case "hang" -> hang(body);
            default -> throw ApiError.badParameter("unknown action '" + action + "' in the body of POST " + PATH
                    + ": expected stop, start, latency, fail, refuse, followerLag, hang or reset");
        }
        return Reply.ok(200, state(ctx));
    }

    private void server(String action, ObjectNode body) {
        if (cluster == null) {
            throw ApiError.badParameter("'" + action + "' needs a cluster sandbox (sandbox --cluster); this one is "
                    + "a single server");
        }
        String name = body.path("server").asText("");
        Node n = cluster.state().find(name);
        if (n == null) {
            throw new ApiError(404, 404, "no server '" + name + "' in this cluster: name a DB-Server, Coordinator "
                    + "or Agent by short name (DBServer0001) or id");
        }
        if (action.equals("start")) {
            settings.hangs.hang(n.id(), false);
            cluster.start(n.id());
        } else if (n == self) {
            Executor later = CompletableFuture.delayedExecutor(SELF_STOP_DELAY_MILLIS, TimeUnit.MILLISECONDS);
            later.execute(() -> cluster.stop(n.id()));
        } else {
            cluster.stop(n.id());
        }
    }

    /** {@code {"action":"hang","server":"Coordinator0002"[,"on":false]}}: accepts requests and never answers. */
    private void hang(ObjectNode body) {
        Node n = cluster == null ? null : cluster.state().find(body.path("server").asText(""));
        if (n == null || !cluster.state().coordinators().contains(n)) {
            throw ApiError.badParameter("'hang' needs the 'server' of a Coordinator of a cluster sandbox "
                    + "(Coordinator0001 or its id), not '" + body.path("server").asText("") + "'");
        }
        settings.hangs.hang(n.id(), body.path("on").asBoolean(true));
    }

    private void fail(ObjectNode body) {
        double share = body.path("share").asDouble(1.0);
        if (share < 0 || share > 1 || body.has("share") && !body.get("share").isNumber()) {
            throw ApiError.badParameter("'share' must be a number from 0 to 1, not " + body.get("share"));
        }
        int code = (int) number(body, "code", 503, 599);
        int errorNum = (int) number(body, "errorNum", code, 99_999);
        if (code < 400) {
            throw ApiError.badParameter("'code' must be an HTTP error status from 400 to 599, not " + code);
        }
        String message = body.path("message").asText("injected fault");
        Faults.Failure failure = new Faults.Failure(code, errorNum, message);
        faults.failRequests(share, failure);
        settings.fail(share, failure);
    }

    private void refuse(ObjectNode body) {
        boolean on = body.path("on").asBoolean(true);
        long seconds = number(body, "seconds", 0, 3600);
        faults.refuseConnections(on);
        settings.refuse(on);
        if (on && seconds > 0) {
            Executor later = CompletableFuture.delayedExecutor(seconds, TimeUnit.SECONDS);
            later.execute(() -> {
                faults.refuseConnections(false);
                settings.refuse(false);
            });
        }
    }

    /** Followers apply writes {@code seconds} late from now on (0: they catch up); decision 0053. */
    private void followerLag(ObjectNode body) {
        if (cluster == null) {
            throw ApiError.badParameter("'followerLag' needs a cluster sandbox (sandbox --cluster); this one is a "
                    + "single server");
        }
        cluster.followerLag().set(number(body, "seconds", 0, 86_400));
    }

    private void reset() {
        faults.reset();
        settings.reset();
        if (cluster != null) {
            cluster.state().nodes().stream().filter(n -> !n.running()).forEach(n -> cluster.start(n.id()));
            cluster.followerLag().set(0);
        }
    }

    private static long number(ObjectNode body, String key, long dflt, long max) {
        JsonNode v = body.get(key);
        if (v == null) {
            return dflt;
        }
        if (!v.isIntegralNumber() || v.asLong() < 0 || v.asLong() > max) {
            throw ApiError.badParameter("'" + key + "' must be a whole number from 0 to " + max + ", not " + v);
        }
        return v.asLong();
    }
}
