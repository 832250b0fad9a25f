package io.arangoconsole.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The formatting module: bytes in KiB/MiB, bind variables as JSON, costs with their unit said. */
class FormatsTest {

    @Test
    void bytesReadInBinaryUnits() {
        assertEquals("512 B", Formats.bytes(512));
        assertEquals("80 KiB", Formats.bytes(81_920));
        assertEquals("256.0 MiB", Formats.bytes(268_435_456), "not the raw 268435456");
    }

    @Test
    void bindVariablesAreJsonNotAJavaMap() {
        assertEquals("{\"status\":\"error\"}", Formats.json(Map.of("status", "error")));
    }

    @Test
    void aCostSaysItIsAnEstimate() {
        assertEquals("estimated cost 27", Formats.cost(27));
    }
}
