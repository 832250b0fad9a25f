package io.arangoconsole.settings;

import java.util.List;

/** Where the main window was, so it reopens there. */
public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {

    public static final double MIN_WIDTH = 640;
    public static final double MIN_HEIGHT = 420;

    /** A visible screen area (e.g. a screen's visual bounds, without task bars). */
    public record Area(double x, double y, double width, double height) {
        double overlap(double ox, double oy, double ow, double oh) {
            double w = Math.min(ox + ow, x + width) - Math.max(ox, x);
            double h = Math.min(oy + oh, y + height) - Math.max(oy, y);
            return w > 0 && h > 0 ? w * h : 0;
        }
    }

    /**
     * This geometry moved and shrunk so the window lies on a visible screen: a window saved on a monitor that is no
     * longer attached reopens centred on the first screen instead of off-screen.
     */
    public WindowGeometry fitInto(List<Area> screens) {
        if (screens.isEmpty()) {
            return this;
        }
        // The screen showing most of the window, as the OS would place it.
        Area target = null;
        double best = 0;
        for (Area screen : screens) {
            double overlap = screen.overlap(x, y, Math.max(width, 1), Math.max(height, 1));
            if (overlap > best) {
                best = overlap;
                target = screen;
            }
        }
        boolean centre = target == null;
        if (centre) {
            target = screens.get(0);
        }
        double w = clamp(width, Math.min(MIN_WIDTH, target.width()), target.width());
        double h = clamp(height, Math.min(MIN_HEIGHT, target.height()), target.height());
        double nx = centre ? target.x() + (target.width() - w) / 2
                : clamp(x, target.x(), target.x() + target.width() - w);
        double ny = centre ? target.y() + (target.height() - h) / 2
                : clamp(y, target.y(), target.y() + target.height() - h);
        return new WindowGeometry(nx, ny, w, h, maximized);
    }

    private static double clamp(double value, double min, double max) {
        if (Double.isNaN(value)) {
            return min;
        }
        return Math.max(min, Math.min(max, value));
    }
}
