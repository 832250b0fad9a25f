package io.arangoconsole.core.sync;

import java.nio.charset.StandardCharsets;

/**
 * The first line of each {@code _key} of a file, kept as a 64-bit hash of the key in an open-addressing table (16
 * bytes a key rather than a String and a boxed Long each): a million keys cost 32 MiB at most. Two different keys
 * sharing a 64-bit hash would make the later one a reported duplicate; at a million keys the odds are about 1 in
 * 10^7.
 */
final class KeyLines {
    private long[] hashes = new long[1024];
    private long[] lines = new long[1024];
    private int size;

    /** The line that first gave {@code key}, after recording {@code line} for it when it is new; 0 when new. */
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
                size++;
                return 0;
            }
            if (hashes[i] == h) {
                return lines[i];
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
        hashes = new long[oldHashes.length * 2];
        lines = new long[oldLines.length * 2];
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
