package io.arangoconsole.sandbox.store;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** errorNum 9 (501 "not implemented") belongs to UnsupportedFeature alone. */
class UnsupportedFeatureTest {

    @Test
    void anUnsupportedFeatureIs501With9() {
        ApiError e = new UnsupportedFeature("cannot serve this request for this deployment type");
        assertEquals(501, e.code());
        assertEquals(9, e.errorNum());
    }

    @Test
    void noOtherErrorMayCarry9() {
        assertThrows(IllegalArgumentException.class, () -> new ApiError(501, 9, "stub"));
        assertThrows(IllegalArgumentException.class, () -> new ApiError(500, 9, "stub"));
    }
}
