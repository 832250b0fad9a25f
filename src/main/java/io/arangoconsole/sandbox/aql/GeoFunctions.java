package io.arangoconsole.sandbox.aql;

import com.fasterxml.jackson.databind.JsonNode;
import io.arangoconsole.sandbox.store.UnsupportedFeature;

import static io.arangoconsole.sandbox.aql.Functions.arg;

/**
 * DISTANCE and GEO_DISTANCE between points, on ArangoDB's sphere (radius 6,371,000 m, haversine): the same metres as a
 * server. Other GeoJSON geometries and the wgs84 ellipsoid are an {@link UnsupportedFeature}; a sort by distance runs
 * without a geo index in the sandbox (decision 0020).
 */
final class GeoFunctions {
    private static final double EARTH_RADIUS_METERS = 6_371_000.0;

    private GeoFunctions() {
    }

    static void registerAll() {
        Functions.register("DISTANCE", 4, 4, (a, c) -> {
            for (JsonNode x : a) {
                if (!x.isNumber()) {
                    c.warn(1542, "invalid argument type in call to function 'DISTANCE()'");
                    return Values.NULL;
                }
            }
            return Values.number(haversine(a[0].doubleValue(), a[1].doubleValue(), a[2].doubleValue(),
                    a[3].doubleValue()));
        });
        Functions.register("GEO_DISTANCE", 2, 3, (a, c) -> {
            String ellipsoid = arg(a, 2).isNull() ? "sphere" : Values.toText(arg(a, 2));
            if (!ellipsoid.equals("sphere")) {
                throw new UnsupportedFeature("GEO_DISTANCE() on the '" + ellipsoid + "' ellipsoid is not supported"
                        + " by the sandbox, only 'sphere'");
            }
            double[] p = point(arg(a, 0));
            double[] q = point(arg(a, 1));
            if (p == null || q == null) {
                c.warn(1542, "invalid argument type in call to function 'GEO_DISTANCE()'");
                return Values.NULL;
            }
            return Values.number(haversine(p[1], p[0], q[1], q[0]));
        });
    }

    /** {@code [longitude, latitude]} of a coordinate pair or a GeoJSON Point, null when it is neither. */
    private static double[] point(JsonNode v) {
        JsonNode coords = v;
        if (v.isObject()) {
            String type = v.path("type").asText("");
            if (!type.equalsIgnoreCase("Point")) {
                if (!type.isEmpty()) {
                    throw new UnsupportedFeature("GEO_DISTANCE() with a GeoJSON " + type + " is not supported by the"
                            + " sandbox, only points");
                }
                return null;
            }
            coords = v.path("coordinates");
        }
        if (!coords.isArray() || coords.size() != 2 || !coords.get(0).isNumber() || !coords.get(1).isNumber()) {
            return null;
        }
        return new double[] {coords.get(0).doubleValue(), coords.get(1).doubleValue()};
    }

    static double haversine(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2)
                + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.sqrt(h));
    }
}
