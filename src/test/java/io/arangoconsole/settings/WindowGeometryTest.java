package io.arangoconsole.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.arangoconsole.settings.WindowGeometry.Area;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowGeometryTest {

    private static final Area LAPTOP = new Area(0, 0, 1920, 1050);
    private static final Area RIGHT_MONITOR = new Area(1920, 0, 2560, 1400);

    @Test
    void geometryOnAVisibleScreenIsKept() {
        WindowGeometry saved = new WindowGeometry(100, 50, 1200, 800, false);
        assertEquals(saved, saved.fitInto(List.of(LAPTOP, RIGHT_MONITOR)));
    }

    @Test
    void windowOnADetachedMonitorIsCentredOnTheFirstScreen() {
        WindowGeometry saved = new WindowGeometry(2100, 100, 1600, 900, false);
        assertEquals(new WindowGeometry(160, 75, 1600, 900, false), saved.fitInto(List.of(LAPTOP)));
    }

    @Test
    void windowLargerThanTheScreenShrinksAndStaysOnIt() {
        WindowGeometry saved = new WindowGeometry(1900, -40, 3000, 2000, true);
        assertEquals(new WindowGeometry(1920, 0, 2560, 1400, true), saved.fitInto(List.of(LAPTOP, RIGHT_MONITOR)));
    }

    @Test
    void windowHangingOffTheEdgeIsPulledBack() {
        WindowGeometry saved = new WindowGeometry(1500, 900, 1000, 700, false);
        assertEquals(new WindowGeometry(920, 350, 1000, 700, false), saved.fitInto(List.of(LAPTOP)));
    }

    @Test
    void tinyWindowGrowsToTheMinimum() {
        WindowGeometry saved = new WindowGeometry(10, 10, 50, 20, false);
        assertEquals(new WindowGeometry(10, 10, WindowGeometry.MIN_WIDTH, WindowGeometry.MIN_HEIGHT, false),
                saved.fitInto(List.of(LAPTOP)));
    }
}
