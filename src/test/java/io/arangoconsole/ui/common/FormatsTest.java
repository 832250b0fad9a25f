package io.arangoconsole.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The formatting module: bytes in KiB/MiB, bind variables as JSON, costs with their unit said. */
class FormatsTest {

    @Test
    void bytesReadInBinaryUnits() {
        assertEquals("512\u00a0B", Formats.bytes(512));
        assertEquals("80\u00a0KiB", Formats.bytes(81_920));
        assertEquals("256.0\u00a0MiB", Formats.bytes(268_435_456), "not the raw 268435456, not split over two lines");
    }

    @Test
    void bindVariablesAreJsonNotAJavaMap() {
        assertEquals("{\"status\":\"error\"}", Formats.json(Map.of("status", "error")));
    }

    @Test
    void aCostSaysItIsAnEstimate() {
        assertEquals("estimated cost 27", Formats.cost(27));
    }

    @Test
    void timesAreLocalIsoLikeToTheSecondWithTheZoneInTheTooltip() {
        Instant at = Instant.parse("2026-12-03T10:32:55.000Z");
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertEquals("2026-12-03 11:32:55", Formats.time(at, berlin), "local, no T, no .000Z");
        assertEquals("2026-12-03 11:32:55 CET (UTC+01:00) · 2026-12-03T10:32:55Z", Formats.zoned(at, berlin));
        assertEquals("2026-12-03 10:32:55 UTC (UTC) · 2026-12-03T10:32:55Z", Formats.zoned(at, ZoneId.of("UTC")));
        assertEquals(Formats.NONE, Formats.time(null));
    }

    @Test
    void theLatestValueSaysHowOldItIs() {
        Instant at = Instant.parse("2026-12-03T10:32:55Z");
        String shown = Formats.timeAndAge(at, at.plus(Duration.ofMinutes(3)));
        assertEquals(Formats.time(at) + " (3 min ago)", shown);
        assertEquals("2 days ago", Formats.age(Duration.ofHours(49)));
    }

    @Test
    void ratiosRatesAndProgressReadTheSameEverywhere() {
        assertEquals("87.5 %", Formats.percent(0.875));
        assertEquals(Formats.NONE, Formats.percent(Double.NaN), "no requests yet: a dash, not NaN");
        assertEquals(Formats.NOT_REPORTED, Formats.percent(java.util.OptionalDouble.empty()));
        assertEquals("1,235/s", Formats.rate(1234.6));
        assertEquals("42%", Formats.progress(42.3));
        assertEquals("0.42", Formats.millis(0.42));
        assertEquals("1,204", Formats.millis(1204.2));
        assertEquals("3 min 05 s", Formats.duration(Duration.ofSeconds(185)));
    }
}
