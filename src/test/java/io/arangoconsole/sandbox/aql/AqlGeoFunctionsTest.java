package io.arangoconsole.sandbox.aql;

import io.arangoconsole.sandbox.store.ApiError;
import io.arangoconsole.sandbox.store.UnsupportedFeature;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** DISTANCE and GEO_DISTANCE between points, in metres on ArangoDB's sphere. */
class AqlGeoFunctionsTest extends AqlTestBase {

    @Test
    void distanceBetweenBerlinAndCologneAsArangoDbComputesIt() {
        assertEquals(476918.89688380965,
                rows("RETURN DISTANCE(52.5163, 13.3777, 50.9322, 6.94)").get(0).doubleValue(), 1e-6);
        assertEquals(476918.89688380965, rows("RETURN GEO_DISTANCE([13.3777, 52.5163], {type: 'Point',"
                + " coordinates: [6.94, 50.9322]})").get(0).doubleValue(), 1e-6);
        assertEquals("[0]", result("RETURN DISTANCE(1, 2, 1, 2)"));
    }

    @Test
    void badArgumentsWarnAndGiveNull() {
        try (QueryRun run = start("RETURN DISTANCE('x', 1, 2, 3)", null)) {
            assertEquals("null", run.next().toString());
            assertEquals(1542, run.extra().get("warnings").get(0).get("code").asInt());
        }
    }

    @Test
    void otherGeometriesAreAnUnsupportedFeature() {
        ApiError e = error("RETURN GEO_DISTANCE({type: 'Polygon', coordinates: [[[0,0],[1,0],[1,1],[0,0]]]},"
                + " [0, 0])", null);
        assertInstanceOf(UnsupportedFeature.class, e);
        assertEquals("GEO_DISTANCE() with a GeoJSON Polygon is not supported by the sandbox, only points",
                e.getMessage());
    }

    @Test
    void sortByDistanceRunsWithoutAGeoIndex() {
        collection("places", "{'_key':'far','loc':[6.94,50.9322]}", "{'_key':'near','loc':[13.40,52.52]}");
        assertEquals("['near','far']", result("FOR p IN places SORT GEO_DISTANCE(p.loc, [13.3777, 52.5163])"
                + " LIMIT 2 RETURN p._key"));
    }
}
