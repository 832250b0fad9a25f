package io.arangoconsole.bench;

import io.arangoconsole.sandbox.Sandbox;
import io.arangoconsole.sandbox.SandboxConfig;
import io.arangoconsole.sandbox.store.Collection;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;

/**
 * The server half of {@link ImportBench}, in a JVM of its own so the figures are the server's: an empty survey
 * sandbox on a loopback port. It prints {@code url <url>}, then answers each line read on stdin: {@code measure}
 * prints {@code figures <process CPU ns> <server threads' CPU ns> <heap used after a GC> <documents in va_table>}
 * (the CPU times read before that GC), {@code cpu} the same without the GC (heap -1); {@code quit} stops it. Not a test: run by {@code ImportBench}.
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
                    System.out.println("figures " + cpu + " " + serverCpu + " "
                            + (line.equals("cpu") ? -1 : heapAfterGc()) + " " + target.count());
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

    static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
