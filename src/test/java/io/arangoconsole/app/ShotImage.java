package io.arangoconsole.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * What a reader of a screenshot would notice at a glance: its size, whether it is one flat colour, and how dark it is
 * on average (mean luminance, 0 black to 1 white).
 */
record ShotImage(Path file, long bytes, int width, int height, int colours, double meanLuminance) {

    /** Colours counted up to this many: a pane with text, tables and a chart has far more, a blank one has one. */
    private static final int COLOUR_CAP = 4096;

    /** Reads {@code file} as a PNG; throws when it is missing or not an image. */
    static ShotImage read(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException(file + " is not an image");
        }
        Set<Integer> colours = new HashSet<>();
        double luminance = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                if (colours.size() < COLOUR_CAP) {
                    colours.add(rgb);
                }
                luminance += luminance(rgb);
            }
        }
        return new ShotImage(file, Files.size(file), image.getWidth(), image.getHeight(), colours.size(),
                luminance / ((double) image.getWidth() * image.getHeight()));
    }

    /** Relative luminance of an sRGB colour, with the Rec. 709 weights (no gamma: a ranking, not a measurement). */
    static double luminance(int rgb) {
        double r = ((rgb >> 16) & 0xFF) / 255.0;
        double g = ((rgb >> 8) & 0xFF) / 255.0;
        double b = (rgb & 0xFF) / 255.0;
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }
}
