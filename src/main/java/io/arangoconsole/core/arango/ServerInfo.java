package io.arangoconsole.core.arango;

import java.time.Duration;
import java.util.List;

/**
 * What a probe learned about a server: its version (e.g. {@code 3.12.4}), its role ({@code SINGLE},
 * {@code COORDINATOR}, ...) and the round-trip time of the version request.
 *
 * @param coordinators     how many endpoints the profile lists (1 for a single server)
 * @param coordinatorsDown those of them that did not answer: requests go to the others until they are back
 */
public record ServerInfo(String version, String role, Duration latency, int coordinators,
                         List<String> coordinatorsDown) {

    public ServerInfo {
        coordinatorsDown = List.copyOf(coordinatorsDown);
    }

    /** A server reached on one endpoint. */
    public ServerInfo(String version, String role, Duration latency) {
        this(version, role, latency, 1, List.of());
    }
}
