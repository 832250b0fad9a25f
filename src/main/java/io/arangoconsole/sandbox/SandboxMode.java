package io.arangoconsole.sandbox;

import io.arangoconsole.sandbox.cluster.ClusterOptions;

/**
 * What kind of server a sandbox plays, beside its {@link SandboxConfig}: a single server or a cluster
 * ({@code cluster} null or not), and whether {@code POST /_admin/sandbox/faults} is served ({@code faultsApi}, off
 * by default: it lets root stop servers and inject failures over HTTP).
 */
public record SandboxMode(ClusterOptions cluster, boolean faultsApi) {
    /** A single server without the faults API: what {@link Sandbox#start(SandboxConfig)} runs. */
    public static SandboxMode single() {
        return new SandboxMode(null, false);
    }

    /** A cluster of {@code options}' shape, without the faults API. */
    public static SandboxMode cluster(ClusterOptions options) {
        return new SandboxMode(options, false);
    }

    public SandboxMode withFaultsApi() {
        return new SandboxMode(cluster, true);
    }

    public boolean isCluster() {
        return cluster != null;
    }
}
