package io.arangoconsole.core.arango;

import com.arangodb.ArangoDB;
import com.arangodb.Protocol;
import com.arangodb.entity.LoadBalancingStrategy;
import com.arangodb.http.HttpProtocolConfig;
import io.arangoconsole.core.connection.AuthMethod;
import io.arangoconsole.core.connection.ServerSpec;
import io.arangoconsole.core.connection.WireProtocol;
import com.arangodb.internal.net.HostHandler;
import com.arangodb.internal.net.HostResolver;
import io.vertx.core.Vertx;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.Predicate;

/** Builds a driver client for one side of a connection profile. */
public final class ClientFactory {

    private ClientFactory() {
    }

    /**
     * Several endpoints are coordinators of one cluster: requests go round robin, and the driver fails over to the
     * next one when a coordinator does not answer.
     *
     * @throws ConnectionFailure (TLS) when the CA file cannot be used
     */
    public static ArangoDB build(ServerSpec spec) {
        return build(spec, null);
    }

    /**
     * As {@link #build(ServerSpec)}, on {@code vertx} when given: the driver then opens its connections on that
     * shared instance rather than starting a Vert.x instance of its own for each one.
     */
    public static ArangoDB build(ServerSpec spec, Vertx vertx) {
        return build(spec, vertx, host -> false, spec.timeoutSeconds() * 1000);
    }

    /**
     * As {@link #build(ServerSpec, Vertx)}, with a request timeout of {@code timeoutMillis}; with several endpoints,
     * new requests skip those {@code skipped} names ({@code host:port}) while it names them (decision 0065).
     */
    public static ArangoDB build(ServerSpec spec, Vertx vertx, Predicate<String> skipped, int timeoutMillis) {
        int hosts = spec.endpoints().size();
        ArangoDB.Builder builder = new ArangoDB.Builder() {
            @Override
            protected HostHandler createHostHandler(HostResolver resolver) {
                HostHandler own = super.createHostHandler(resolver);
                return hosts < 2 ? own : new SkippingHostHandler(own,
                        host -> skipped.test(host.getHost() + ":" + host.getPort()), hosts);
            }
        };
        if (vertx != null) {
            builder.protocolConfig(HttpProtocolConfig.builder().vertx(vertx).build());
        }
        boolean tls = spec.tls();
        for (String endpoint : spec.endpoints()) {
            URI uri = ArangoClients.parse(endpoint);
            String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            tls |= scheme.equals("https") || scheme.equals("ssl") || scheme.equals("http+ssl");
            builder.host(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 8529);
        }
        builder.loadBalancingStrategy(spec.endpoints().size() > 1 ? LoadBalancingStrategy.ROUND_ROBIN
                : LoadBalancingStrategy.NONE);
        builder.useSsl(tls);
        if (tls) {
            if (!spec.caFile().isEmpty()) {
                builder.sslContext(SslContexts.trusting(Path.of(spec.caFile())));
            }
            builder.verifyHost(spec.verifyHost());
        }
        builder.protocol(spec.protocol() == WireProtocol.HTTP1 ? Protocol.HTTP_JSON : Protocol.HTTP2_JSON);
        builder.maxConnections(spec.poolSize());
        builder.timeout(timeoutMillis);
        if (spec.auth() == AuthMethod.JWT) {
            builder.jwt(spec.secret());
        } else {
            builder.user(spec.user()).password(spec.secret());
        }
        return builder.build();
    }
}
