package io.arangoconsole.sandbox.http;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class RouterTest {
    private final Handler a = ctx -> Reply.ok(200);
    private final Router router = new Router()
            .get("/_api/query/current", a)
            .delete("/_api/query/{id}", a)
            .get("/_api/document/{c}/{k}", a);

    @Test
    void literalRoutesWinAndParamsAreBound() {
        assertNotNull(router.match("GET", List.of("_api", "query", "current")).handler());
        assertEquals(List.of("77"), router.match("DELETE", List.of("_api", "query", "77")).params());
    }

    @Test
    void knownPathWithOtherMethodIs405AndUnknownPathIs404() {
        assertEquals(405, router.match("POST", List.of("_api", "query", "current")).failure());
        assertEquals(404, router.match("GET", List.of("_api", "nothing")).failure());
    }

    @Test
    void headIsServedByTheGetRoute() {
        assertEquals(List.of("c", "k"), router.match("HEAD", List.of("_api", "document", "c", "k")).params());
    }

    /** A Coordinator's own routes win; what it does not know, the single server's routes serve. */
    @Test
    void ownRoutesWinAndTheRestFallsBack() {
        Handler own = ctx -> Reply.ok(201);
        Router front = new Router().get("/_api/query/current", own).put("/_api/version", own).fallback(router);
        assertEquals(own, front.match("GET", List.of("_api", "query", "current")).handler());
        assertEquals(a, front.match("DELETE", List.of("_api", "query", "77")).handler());
        assertEquals(405, front.match("GET", List.of("_api", "version")).failure());
        assertEquals(404, front.match("GET", List.of("_api", "nothing")).failure());
    }

    @Test
    void pathSegmentsArePercentDecodedButPlusStays() {
        assertEquals("my db/x+y", SandboxServer.decode("my%20db%2Fx+y"));
    }
}
