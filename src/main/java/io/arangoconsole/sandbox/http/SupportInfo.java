package io.arangoconsole.sandbox.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.arangoconsole.sandbox.metrics.DocumentCache;
import io.arangoconsole.sandbox.store.Collection;
import io.arangoconsole.sandbox.store.Json;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * {@code GET /_admin/support-info} of a single server, with the sandbox's own process, machine and cache figures in
 * ArangoDB's fields ("engineStats" counts the document cache as the block cache, documents as keys).
 */
final class SupportInfo {
    private SupportInfo() {
    }

    static ObjectNode of(Services services, String version) {
        ObjectNode out = Json.object();
        out.putObject("deployment").put("type", "single");
        ObjectNode host = out.putObject("host");
        host.put("role", "SINGLE").put("maintenance", false).put("readOnly", false).put("version", version)
                .put("build", "sandbox").put("license", "community");
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        host.put("os", os.getName() + " " + os.getVersion() + " " + os.getArch());
        host.put("platform", os.getName().toLowerCase(java.util.Locale.ROOT));
        Runtime rt = Runtime.getRuntime();
        long physical = rt.maxMemory();
        long virtual = rt.totalMemory();
        double load = 0;
        long files = 0;
        long filesLimit = 0;
        try { // the JDK's own extensions, absent from a trimmed runtime
            if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
                physical = sun.getTotalMemorySize();
                virtual = sun.getCommittedVirtualMemorySize();
                load = Math.max(0, sun.getCpuLoad());
            }
            if (os instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
                files = unix.getOpenFileDescriptorCount();
                filesLimit = unix.getMaxFileDescriptorCount();
            }
        } catch (LinkageError e) {
            // keep the portable figures
        }
        host.putObject("physicalMemory").put("value", physical).put("overridden", false);
        host.putObject("numberOfCores").put("value", os.getAvailableProcessors()).put("overridden", false);
        ObjectNode process = host.putObject("processStats");
        process.put("processUptime", ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
        process.put("numberOfThreads", Thread.activeCount());
        process.put("virtualSize", virtual);
        process.put("residentSetSize", rt.totalMemory() - rt.freeMemory());
        process.put("fileDescrtors", files); // sic: ArangoDB's spelling
        process.put("fileDescrtorsLimit", filesLimit);
        host.putObject("cpuStats").put("userPercent", load * 100).put("systemPercent", 0.0)
                .put("idlePercent", (1 - load) * 100).put("iowaitPercent", 0.0);
        long docs = 0;
        long bytes = 0;
        for (String name : services.store().databaseNames()) {
            for (Collection c : services.store().database(name).collections()) {
                docs += c.count();
                bytes += c.documentsSize();
            }
        }
        DocumentCache cache = services.metrics().documentCache();
        File disk = new File(".");
        host.putObject("engineStats").put("cache.limit", cache.limit()).put("cache.allocated", cache.allocated())
                .put("rocksdb.estimate-num-keys", docs).put("rocksdb.estimate-live-data-size", bytes)
                .put("rocksdb.live-sst-files-size", bytes).put("rocksdb.block-cache-capacity", cache.limit())
                .put("rocksdb.block-cache-usage", cache.allocated())
                .put("rocksdb.free-disk-space", disk.getUsableSpace())
                .put("rocksdb.total-disk-space", disk.getTotalSpace());
        out.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        return out;
    }
}
