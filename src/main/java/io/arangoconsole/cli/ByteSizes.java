package io.arangoconsole.cli;

import java.util.Locale;

/** Sizes as people type them on a command line: {@code 1048576}, {@code 512k}, {@code 256m}, {@code 1g} (powers of 2). */
final class ByteSizes {
    private ByteSizes() {
    }

    /** The size in bytes, or -1 when {@code text} is not a size. */
    static long parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("b")) {
            t = t.substring(0, t.length() - 1);
        }
        int shift = 0;
        if (!t.isEmpty()) {
            switch (t.charAt(t.length() - 1)) {
                case 'k' -> shift = 10;
                case 'm' -> shift = 20;
                case 'g' -> shift = 30;
                default -> shift = -1;
            }
            if (shift >= 0) {
                t = t.substring(0, t.length() - 1);
            } else {
                shift = 0;
            }
        }
        try {
            long n = Long.parseLong(t);
            return n < 0 || n > (Long.MAX_VALUE >> shift) ? -1 : n << shift;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
