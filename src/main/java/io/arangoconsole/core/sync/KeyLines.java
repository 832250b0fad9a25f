package io.arangoconsole.core.sync;

import java.nio.charset.StandardCharsets;

/**
 * The first and last line of each {@code _key} of a file, kept as a 64-bit hash of the key in an open-addressing
 * table (24 bytes a key rather than a String and boxed Longs): a million keys cost 48 MiB at most. Two different keys
 * sharing a 64-bit hash would make the later one a reported duplicate; at a million keys the odds are about 1 in
 * 10^7.
 */
final class KeyLines {
    private long[] hashes = new long[1024];
    private long[] lines = new long[1024];
    private long[] lastLines = new long[1024];
    private int size;

    /**
     * The line that first gave {@code key}, after recording {@code line} for it when it is new (else as its latest
     * line); 0 when new.
     */
    long firstLineOrPut(String key, long line) {
        if ((size + 1) * 2L > hashes.length) {
            grow();
        }
        long h = hash(key);
        int mask = hashes.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (lines[i] == 0) {
                hashes[i] = h;
                lines[i] = line;
                lastLines[i] = line;
                size++;
                return 0;
            }
            if (hashes[i] == h) {
                lastLines[i] = Math.max(lastLines[i], line);
                return lines[i];
            }
        }
    }

    /** The last line recorded for {@code key}; 0 when it was never recorded. */
    long lastLine(String key) {
        long h = hash(key);
        int mask = hashes.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (lines[i] == 0) {
                return 0;
            }
            if (hashes[i] == h) {
                return lastLines[i];
            }
        }
    }

    /** Keys recorded. */
    int size() {
        return size;
    }

    private void grow() {
        long[] oldHashes = hashes;
        long[] oldLines = lines;
        long[] oldLast = lastLines;
        hashes = new long[oldHashes.length * 2];
        lines = new long[oldLines.length * 2];
        lastLines = new long[oldLines.length * 2];
        int mask = hashes.length - 1;
        for (int j = 0; j < oldHashes.length; j++) {
            if (oldLines[j] != 0) {
                long h = oldHashes[j];
                int i = (int) (h ^ (h >>> 32)) & mask;
                while (lines[i] != 0) {
                    i = (i + 1) & mask;
                }
                hashes[i] = h;
                lines[i] = oldLines[j];
                lastLines[i] = oldLast[j];
            }
        }
    }

    /** FNV-1a over the key's UTF-8 bytes, then a 64-bit finaliser so that nearby keys spread over the table. */
    private static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
