package io.arangoconsole.bench;

import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.sandbox.store.Collection;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;

/**
 * The server half of {@link ImportBench}, in a JVM of its own so the figures are the server's: an empty survey
 * sandbox on a loopback port. It prints {@code url <url>}, then answers each line read on stdin: {@code measure}
 * prints {@code figures <process CPU ns> <server threads' CPU ns> <heap used after a GC> <documents in va_table>
 * <bytes the server threads allocated> <collections> <collection ms>} (all read before that GC, which is not
 * counted), {@code cpu} the same without the GC (heap -1); {@code quit} stops it. Not a test: run by {@code ImportBench}.
 */
public final class ImportServer {
    private ImportServer() {
    }

    public static void main(String[] args) throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withRecords(0).withPort(0))) {
            Collection target = sandbox.store().database("demo").collection("va_table");
            System.out.println("url " + sandbox.url());
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null && !line.equals("quit")) {
                if (line.equals("measure") || line.equals("cpu")) {
                    long cpu = processCpuNanos();
                    long serverCpu = serverCpuNanos();
                    long allocated = serverAllocatedBytes();
                    long collections = 0;
                    long collectionMillis = 0;
                    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                        collections += gc.getCollectionCount();
                        collectionMillis += gc.getCollectionTime();
                    }
                    long count = target.count();
                    System.out.println("figures " + cpu + " " + serverCpu + " "
                            + (line.equals("cpu") ? -1 : heapAfterGc()) + " " + count + " " + allocated + " "
                            + collections + " " + collectionMillis);
                    System.out.flush();
                }
            }
        }
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time of the sandbox's own threads (event loops, request workers, import parsers), without GC and JIT. */
    static long serverCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t != null && (t.getThreadName().startsWith("sandbox-") || t.getThreadName().startsWith("vert.x-"))) {
                total += Math.max(0, threads.getThreadCpuTime(t.getThreadId()));
            }
        }
        return total;
    }

    /** Bytes allocated so far by the sandbox's own threads (those still alive: the pools keep theirs). */
    static long serverAllocatedBytes() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t != null && (t.getThreadName().startsWith("sandbox-") || t.getThreadName().startsWith("vert.x-"))) {
                total += Math.max(0, threads.getThreadAllocatedBytes(t.getThreadId()));
            }
        }
        return total;
    }

    static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
