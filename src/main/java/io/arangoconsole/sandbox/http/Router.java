package io.arangoconsole.sandbox.http;

import java.util.ArrayList;
import java.util.List;

/**
 * Routes a method and a path (already split into decoded segments, without the {@code /_db/name} prefix) to its
 * handler. Patterns are literal segments and {@code {param}} placeholders; the first registered match wins, so more
 * specific routes are registered first. A path known under another method gives 405, an unknown path 404.
 */
public final class Router {
    private final List<Route> routes = new ArrayList<>();
    private Router fallback;
    private java.util.function.UnaryOperator<Handler> aroundFallback;

    private record Route(String method, String[] pattern, Handler handler) {
    }

    /** The handler and its path parameters, or a 404/405 decision. */
    public record Match(Handler handler, List<String> params, int failure) {
    }

    public Router add(String method, String path, Handler handler) {
        routes.add(new Route(method, split(path), handler));
        return this;
    }

    public Router get(String path, Handler h) {
        return add("GET", path, h);
    }

    public Router post(String path, Handler h) {
        return add("POST", path, h);
    }

    public Router put(String path, Handler h) {
        return add("PUT", path, h);
    }

    public Router patch(String path, Handler h) {
        return add("PATCH", path, h);
    }

    public Router delete(String path, Handler h) {
        return add("DELETE", path, h);
    }

    /**
     * Routes this router does not know are looked up in {@code other}: how a cluster coordinator puts its own
     * routes (and wrappers of single-server ones) in front of the single server's.
     */
    public Router fallback(Router other) {
        this.fallback = other;
        return this;
    }

    /** As {@link #fallback(Router)}, every handler found in {@code other} wrapped by {@code around}. */
    public Router fallback(Router other, java.util.function.UnaryOperator<Handler> around) {
        this.aroundFallback = around;
        return fallback(other);
    }

    public Match match(String method, List<String> segments) {
        Match own = matchOwn(method, segments);
        if (own.handler() != null || fallback == null) {
            return own;
        }
        Match other = fallback.match(method, segments);
        if (other.handler() != null && aroundFallback != null) {
            return new Match(aroundFallback.apply(other.handler()), other.params(), 0);
        }
        return other.handler() == null && own.failure() == 405 ? own : other;
    }

    private Match matchOwn(String method, List<String> segments) {
        boolean pathKnown = false;
        String m = method.equals("HEAD") ? "GET" : method;
        for (Route route : routes) {
            List<String> params = bind(route.pattern, segments);
            if (params == null) {
                continue;
            }
            if (route.method.equals(method) || route.method.equals(m) && !hasExact(method, segments)) {
                return new Match(route.handler, params, 0);
            }
            pathKnown = true;
        }
        return new Match(null, List.of(), pathKnown ? 405 : 404);
    }

    private boolean hasExact(String method, List<String> segments) {
        for (Route route : routes) {
            if (route.method.equals(method) && bind(route.pattern, segments) != null) {
                return true;
            }
        }
        return false;
    }

    private static List<String> bind(String[] pattern, List<String> segments) {
        if (pattern.length != segments.size()) {
            return null;
        }
        List<String> params = new ArrayList<>(2);
        for (int i = 0; i < pattern.length; i++) {
            String p = pattern[i];
            if (p.startsWith("{")) {
                params.add(segments.get(i));
            } else if (!p.equals(segments.get(i))) {
                return null;
            }
        }
        return params;
    }

    static String[] split(String path) {
        return path.replaceAll("^/+", "").split("/");
    }
}
