package io.arangoconsole.core.arango;

import java.time.Duration;

/**
 * What a probe learned about a server: its version (e.g. {@code 3.12.4}), its role ({@code SINGLE},
 * {@code COORDINATOR}, ...) and the round-trip time of the version request.
 */
public record ServerInfo(String version, String role, Duration latency) {
}
