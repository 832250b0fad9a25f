package io.arangoconsole.core.arango;

import com.arangodb.config.HostDescription;
import com.arangodb.internal.net.AccessType;
import com.arangodb.internal.net.Host;
import com.arangodb.internal.net.HostHandle;
import com.arangodb.internal.net.HostHandler;
import java.io.IOException;
import java.util.function.Predicate;

/**
 * The driver's round robin, minus the coordinators the status probe found not answering (decision 0065). The driver
 * moves to the next host by itself only when a connection is refused; a coordinator that accepts and then hangs
 * would cost every request sent to it a full timeout, so new requests skip it while {@code skipped} says so. A
 * request that must stay on its host (a cursor's next batch) still goes there; when every host is skipped the
 * round robin's own pick is used, so the console never stops trying.
 */
final class SkippingHostHandler implements HostHandler {

    private final HostHandler roundRobin;
    private final Predicate<HostDescription> skipped;
    private final int hosts;

    SkippingHostHandler(HostHandler roundRobin, Predicate<HostDescription> skipped, int hosts) {
        this.roundRobin = roundRobin;
        this.skipped = skipped;
        this.hosts = hosts;
    }

    @Override
    public Host get(HostHandle hostHandle, AccessType accessType) {
        if (hostHandle != null && hostHandle.getHost() != null) {
            return roundRobin.get(hostHandle, accessType);
        }
        Host host = roundRobin.get(null, accessType);
        for (int i = 1; i < hosts && skipped.test(host.getDescription()); i++) {
            host = roundRobin.get(null, accessType);
        }
        if (hostHandle != null) {
            hostHandle.setHost(host.getDescription());
        }
        return host;
    }

    @Override
    public void checkNext(HostHandle hostHandle, AccessType accessType) {
        roundRobin.checkNext(hostHandle, accessType);
    }

    @Override
    public void success() {
        roundRobin.success();
    }

    @Override
    public void fail(Exception exception) {
        roundRobin.fail(exception);
    }

    @Override
    public void failIfNotMatch(HostDescription host, Exception exception) {
        roundRobin.failIfNotMatch(host, exception);
    }

    @Override
    public void reset() {
        roundRobin.reset();
    }

    @Override
    public void close() throws IOException {
        roundRobin.close();
    }

    @Override
    public void setJwt(String jwt) {
        roundRobin.setJwt(jwt);
    }
}
