package io.arangoconsole.core.monitoring;

import java.util.OptionalLong;

/**
 * One line of a metrics page: the sample's full name (e.g. {@code arangodb_aql_query_time_bucket}), its labels, its
 * value (may be NaN or infinite) and the optional timestamp the server wrote, in epoch milliseconds.
 */
public record Sample(String name, Labels labels, double value, OptionalLong timestampMillis) {
}
